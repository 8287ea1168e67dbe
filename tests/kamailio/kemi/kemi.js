// sip-memcached: every KSR.memcached function, called from a JavaScript routing script
// (app_jsdt). The request URI's user names the function; the X-Key, X-Val, X-TTL and X-N headers
// carry its arguments; the reply's X-Result header says what it returned, as "<type>:<value>",
// with the type named as in Lua (nil for null).

var mc = KSR.memcached;

var calls = {
	get:   function(k, v, ttl, n) { return mc.mc_get(k); },
	gete:  function(k, v, ttl, n) { return mc.mc_gete(k); },
	sets:  function(k, v, ttl, n) { return mc.mc_sets(k, v); },
	seti:  function(k, v, ttl, n) { return mc.mc_seti(k, n); },
	setxs: function(k, v, ttl, n) { return mc.mc_setxs(k, v, ttl); },
	setxi: function(k, v, ttl, n) { return mc.mc_setxi(k, n, ttl); },
	adds:  function(k, v, ttl, n) { return mc.mc_adds(k, v); },
	addxs: function(k, v, ttl, n) { return mc.mc_addxs(k, v, ttl); },
	rm:    function(k, v, ttl, n) { return mc.mc_rm(k); },
	touch: function(k, v, ttl, n) { return mc.mc_touch(k, ttl); },
	inc:   function(k, v, ttl, n) { return mc.mc_inc(k, n); },
	dec:   function(k, v, ttl, n) { return mc.mc_dec(k, n); }
};

function header(name) {
	var v = KSR.pv.get("$hdr(" + name + ")");
	return v === null || v === undefined ? "" : v;
}

function ksr_request_route() {
	var op = KSR.pv.get("$rU");
	if (op == "ping") {
		KSR.sl.send_reply(200, "pong");
		return 1;
	}
	var call = calls[op];
	if (call === undefined) {
		KSR.sl.send_reply(404, "No Such Function");
		return 1;
	}
	var r = call(header("X-Key"), header("X-Val"),
		Number(header("X-TTL")) || 0, Number(header("X-N")) || 0);
	var t = (r === null || r === undefined) ? "nil" : typeof r;
	KSR.hdr.append_to_reply("X-Result: " + t + ":" + (t == "nil" ? "nil" : String(r)) + "\r\n");
	KSR.sl.send_reply(200, "OK");
	return 1;
}
