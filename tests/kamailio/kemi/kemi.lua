-- sip-memcached: every KSR.memcached function, called from a Lua routing script (app_lua).
-- The request URI's user names the function; the X-Key, X-Val, X-TTL and X-N headers carry its
-- arguments; the reply's X-Result header says what it returned, as "<type>:<value>".

local mc = KSR.memcached

local calls = {
	get   = function(k, v, ttl, n) return mc.mc_get(k) end,
	gete  = function(k, v, ttl, n) return mc.mc_gete(k) end,
	sets  = function(k, v, ttl, n) return mc.mc_sets(k, v) end,
	seti  = function(k, v, ttl, n) return mc.mc_seti(k, n) end,
	setxs = function(k, v, ttl, n) return mc.mc_setxs(k, v, ttl) end,
	setxi = function(k, v, ttl, n) return mc.mc_setxi(k, n, ttl) end,
	adds  = function(k, v, ttl, n) return mc.mc_adds(k, v) end,
	addxs = function(k, v, ttl, n) return mc.mc_addxs(k, v, ttl) end,
	rm    = function(k, v, ttl, n) return mc.mc_rm(k) end,
	touch = function(k, v, ttl, n) return mc.mc_touch(k, ttl) end,
	inc   = function(k, v, ttl, n) return mc.mc_inc(k, n) end,
	dec   = function(k, v, ttl, n) return mc.mc_dec(k, n) end,
}

-- Whole numbers as digits: a Lua 5.3+ app_lua (Debian testing's 6.1) receives an integer wider
-- than 32 bits as a float (app_lua pushes KEMI's LONG with lua_pushnumber), printed "4000000000.0".
local function shown(r)
	if type(r) == "number" and r == math.floor(r) then
		return string.format("%d", r)
	end
	return tostring(r)
end

local function header(name)
	return KSR.pv.get("$hdr(" .. name .. ")") or ""
end

function ksr_request_route()
	local op = KSR.pv.get("$rU")
	if op == "ping" then
		KSR.sl.send_reply(200, "pong")
		return 1
	end
	local call = calls[op]
	if call == nil then
		KSR.sl.send_reply(404, "No Such Function")
		return 1
	end
	local r = call(header("X-Key"), header("X-Val"),
		tonumber(header("X-TTL")) or 0, tonumber(header("X-N")) or 0)
	KSR.hdr.append_to_reply("X-Result: " .. type(r) .. ":" .. shown(r) .. "\r\n")
	KSR.sl.send_reply(200, "OK")
	return 1
end
