package io.hopscope.reach;

import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * The boundaries one component's decisions can change at: every address where a prefix it compares
 * against starts or ends, every port where a port range starts or ends, every ICMP type/code
 * boundary (as type x 256 + code). A "cut" at c means a new atom starts at c. Between two cuts the
 * component decides every packet alike, which is what makes one concrete trace stand for a box.
 */
public final class Cuts {
    static final Cuts NONE = new Builder().build();
    private static final int[] NO_PORTS = {};

    private final long[] v4;
    private final long[] v6Hi;
    private final long[] v6Lo;
    private final int[] ports;
    private final int[] icmp;

    private Cuts(long[] v4, long[] v6Hi, long[] v6Lo, int[] ports, int[] icmp) {
        this.v4 = v4;
        this.v6Hi = v6Hi;
        this.v6Lo = v6Lo;
        this.ports = ports;
        this.icmp = icmp;
    }

    /** Narrows {@code box} around its representative to the atom this component cannot tell apart. */
    Box narrow(Box box, long repHi, long repLo, int repPort) {
        return narrow(box, repHi, repLo, repPort, true);
    }

    /** The same, leaving the port dimension whole unless {@code ports}. */
    Box narrow(Box box, long repHi, long repLo, int repPort, boolean ports) {
        AddressRange a = box.addresses();
        long fromHi = a.fromHi();
        long fromLo = a.fromLo();
        long toHi = a.toHi();
        long toLo = a.toLo();
        if (a.version() == 4) {
            int i = floorIndex(v4, repLo);
            if (i >= 0 && v4[i] > fromLo) {
                fromLo = v4[i];
            }
            if (i + 1 < v4.length && v4[i + 1] - 1 < toLo) {
                toLo = v4[i + 1] - 1;
            }
        } else {
            int i = floorIndex6(repHi, repLo);
            if (i >= 0 && U128.cmp(v6Hi[i], v6Lo[i], fromHi, fromLo) > 0) {
                fromHi = v6Hi[i];
                fromLo = v6Lo[i];
            }
            if (i + 1 < v6Hi.length) {
                long[] end = U128.dec(v6Hi[i + 1], v6Lo[i + 1]);
                if (U128.cmp(end[0], end[1], toHi, toLo) < 0) {
                    toHi = end[0];
                    toLo = end[1];
                }
            }
        }
        int[] p = !ports ? NO_PORTS : box.protocol().isIcmpLike() ? icmp : this.ports;
        int pf = box.portFrom();
        int pt = box.portTo();
        int j = floorIndex(p, repPort);
        if (j >= 0 && p[j] > pf) {
            pf = p[j];
        }
        if (j + 1 < p.length && p[j + 1] - 1 < pt) {
            pt = p[j + 1] - 1;
        }
        return new Box(new AddressRange(a.version(), fromHi, fromLo, toHi, toLo), box.protocol(), pf, pt);
    }

    /** Whether a new atom starts at {@code ip}. */
    boolean cutsAt(IpAddress ip) {
        if (ip.version() == 4) {
            return Arrays.binarySearch(v4, ip.lo()) >= 0;
        }
        int i = floorIndex6(ip.hi(), ip.lo());
        return i >= 0 && v6Hi[i] == ip.hi() && v6Lo[i] == ip.lo();
    }

    private static int floorIndex(long[] a, long x) {
        int i = Arrays.binarySearch(a, x);
        return i >= 0 ? i : -i - 2;
    }

    private static int floorIndex(int[] a, int x) {
        int i = Arrays.binarySearch(a, x);
        return i >= 0 ? i : -i - 2;
    }

    private int floorIndex6(long hi, long lo) {
        int low = 0;
        int high = v6Hi.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (U128.cmp(v6Hi[mid], v6Lo[mid], hi, lo) <= 0) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    public static final class Builder {
        private final TreeSet<Long> v4 = new TreeSet<>();
        private final TreeSet<long[]> v6 = new TreeSet<>((x, y) -> U128.cmp(x[0], x[1], y[0], y[1]));
        private final TreeSet<Integer> ports = new TreeSet<>();
        private final TreeSet<Integer> icmp = new TreeSet<>();

        public Builder cidr(Cidr c) {
            if (c == null) {
                return this;
            }
            AddressRange r = AddressRange.of(c);
            if (c.version() == 4) {
                v4.add(r.fromLo());
                if (r.toLo() < 0xFFFFFFFFL) {
                    v4.add(r.toLo() + 1);
                }
            } else {
                v6.add(new long[] {r.fromHi(), r.fromLo()});
                if (r.toHi() != -1L || r.toLo() != -1L) {
                    v6.add(U128.inc(r.toHi(), r.toLo()));
                }
            }
            return this;
        }

        public Builder ports(PortRange r) {
            if (r != null) {
                ports.add(r.from());
                if (r.to() < 65535) {
                    ports.add(r.to() + 1);
                }
            }
            return this;
        }

        public Builder icmp(IcmpMatch m) {
            if (m == null || m.type() < 0) {
                return this;
            }
            if (m.code() < 0) {
                icmpRange(m.type() * 256, m.type() * 256 + 255);
            } else {
                icmpRange(m.type() * 256 + m.code(), m.type() * 256 + m.code());
            }
            return this;
        }

        public Builder icmpRange(int from, int to) {
            icmp.add(from);
            if (to < 65535) {
                icmp.add(to + 1);
            }
            return this;
        }

        public Builder all(Cuts c) {
            for (long x : c.v4) {
                v4.add(x);
            }
            for (int i = 0; i < c.v6Hi.length; i++) {
                v6.add(new long[] {c.v6Hi[i], c.v6Lo[i]});
            }
            for (int p : c.ports) {
                ports.add(p);
            }
            for (int p : c.icmp) {
                icmp.add(p);
            }
            return this;
        }

        Cuts build() {
            long[] a = v4.stream().mapToLong(Long::longValue).toArray();
            long[] hi = new long[v6.size()];
            long[] lo = new long[v6.size()];
            int i = 0;
            for (long[] x : v6) {
                hi[i] = x[0];
                lo[i++] = x[1];
            }
            return new Cuts(a, hi, lo, ports.stream().mapToInt(Integer::intValue).toArray(),
                    icmp.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
