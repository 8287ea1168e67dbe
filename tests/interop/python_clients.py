"""The Python memcached clients as an application uses them, for tests/kamailio_other_clients.rs.

    python_clients.py PORT KEY...

Each client (python-memcached 1.62, pymemcache 4.0.0 with its default serde and with
pickle_serde, pylibmc 1.6.3), connected to memcached on 127.0.0.1:PORT, reads every KEY, then
writes a string, a string of digits and an integer under keys of its own. Prints one line per
read, "read CLIENT KEY TYPE VALUE" (TYPE is what the client returned: str, bytes, int, none, or
raises:<Error>), and one per write, "wrote CLIENT KIND KEY" (KIND: str, digits, int), tab-separated.
"""

import sys

import memcache
import pylibmc
from pymemcache import serde
from pymemcache.client.base import Client

port = int(sys.argv[1])
keys = sys.argv[2:]
clients = {
    "python-memcached": memcache.Client(["127.0.0.1:%d" % port]),
    "pymemcache": Client(("127.0.0.1", port)),
    "pymemcache-pickle": Client(("127.0.0.1", port), serde=serde.pickle_serde),
    "pylibmc": pylibmc.Client(["127.0.0.1:%d" % port]),
}


def described(value):
    if value is None:
        return "none", ""
    if isinstance(value, bytes):
        return "bytes", value.decode("latin-1")
    return type(value).__name__, str(value)


for name, client in clients.items():
    for key in keys:
        try:
            kind, text = described(client.get(key))
        except Exception as e:  # pylibmc raises where the others log and return None
            kind, text = "raises:" + type(e).__name__, ""
        print("read", name, key, kind, text.encode("unicode_escape").decode(), sep="\t")
    own = {kind: "py_%s_%s" % (name.replace("-", "_"), kind) for kind in ("str", "digits", "int")}
    for kind, value in (("str", "hello"), ("digits", "42"), ("int", 42)):
        if not client.set(own[kind], value):
            sys.exit("%s could not store %s" % (name, own[kind]))
        print("wrote", name, kind, own[kind], sep="\t")
