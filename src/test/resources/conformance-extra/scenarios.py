"""The extra conformance scenarios, each derived from a section of docs/aws-vpc-semantics.md (cited
in every case's reason). See scenario_kit.py for the layout; run `python3 scenarios.py` here."""
import json
import os

from scenario_kit import Scenario, S3_PL, blocked, dump, entry, ok, perm

DOC = "https://docs.aws.amazon.com/vpc/latest/userguide/"
NACL = DOC + "vpc-network-acls.html"
NACL_EPH = DOC + "nacl-ephemeral-ports.html"
SGR = DOC + "security-group-rules.html"
CT = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-connection-tracking.html"
RT = DOC + "VPC_Route_Tables.html"
IGW = DOC + "VPC_Internet_Gateway.html"
EIGW = DOC + "egress-only-internet-gateway.html"
NAT = DOC + "vpc-nat-gateway.html"
CMP = DOC + "infrastructure-security.html"
GWE = "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html"
PCX = "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html"
PCX_SG = "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html"
PCX_RT = "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html"
RA = "https://docs.aws.amazon.com/vpc/latest/reachability/explanation-codes.html"

ALL4 = "0.0.0.0/0"
INTERNET = "203.0.113.10"
INTERNET6 = "2001:db8:ffff::10"
S3_IP = "52.216.8.10"
SG_MISS = ("no-matching-rule", "ENI_SG_RULES_MISMATCH")
ACL_RA = "SUBNET_ACL_RESTRICTION"
SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


def tcp_in(port, *cidrs, groups=(), peer_groups=()):
    return perm("tcp", (port, port), cidrs=cidrs, groups=groups, peer_groups=peer_groups)


def one_vpc(s, name="prod", cidr="10.0.0.0/16", ipv6=None):
    return s.vpc(name, cidr, ipv6)


@scenario
def s03():
    s = Scenario(3, "nacl-ephemeral-client-port", "Client subnet NACL admits replies only on 32768-49151: the client's port decides")
    v = one_vpc(s)
    a = s.subnet(v, "app-a", "10.0.1.0/24")
    d = s.subnet(v, "db-a", "10.0.2.0/24")
    s.route_table(v, "rtb-private", [], [a, d])
    acl = s.nacl(v, "app-nacl", [entry(100, True, "-1", "allow", ALL4),
                                 entry(100, False, "tcp", "allow", "10.0.2.0/24", (32768, 49151))], [a])
    app = s.sg(v, "app", "app", "app")
    db = s.sg(v, "db", "db", "db", [tcp_in(3306, "10.0.1.0/24")])
    c = s.instance(a, "app-1", "10.0.1.10", [app])
    t = s.instance(d, "db-1", "10.0.2.45", [db])
    s.case("linux", c, t, "tcp", ok("[NACL ephemeral] section 4: the reply goes to port 40000, inside the 32768-49151 rule.",
                                    fwd=[app, acl, db],
                                    ret=[db, acl, app]),
           NACL_EPH, 3306, 40000, src_ip="10.0.1.10", dst_ip="10.0.2.45")
    s.case("windows", c, t, "tcp", blocked("return", acl, "*", ACL_RA,
           "Section 4 / misconception 1: a Windows client's ephemeral port 50000 is outside 32768-49151, so the reply falls to the * rule of the client subnet's inbound list."),
           NACL_EPH, 3306, 50000, src_ip="10.0.1.10", dst_ip="10.0.2.45")
    return s


@scenario
def s08():
    s = Scenario(8, "nacl-entries-out-of-order", "DB NACL entries listed out of rule-number order: rule numbers decide, not JSON order")
    v = one_vpc(s)
    w = s.subnet(v, "web-a", "10.0.1.0/24")
    d = s.subnet(v, "db-a", "10.0.2.0/24")
    o = s.subnet(v, "ops-a", "10.0.3.0/24")
    s.route_table(v, "rtb-private", [], [w, d, o])
    star_first = [entry(32767, False, "-1", "deny", ALL4), entry(32767, True, "-1", "deny", ALL4)]
    acl = s.nacl(v, "db-nacl", star_first + [
        entry(300, True, "tcp", "allow", "10.0.0.0/16", (1024, 65535)),
        entry(200, False, "tcp", "allow", "10.0.0.0/16", (3306, 3306)),
        entry(90, True, "tcp", "deny", "10.0.3.0/24", (32768, 65535)),
        entry(100, False, "tcp", "deny", "10.0.1.0/24", (3306, 3306)),
    ], [d])
    web = s.sg(v, "web", "web", "web")
    ops = s.sg(v, "ops", "ops", "ops")
    db = s.sg(v, "db", "db", "db", [tcp_in(3306, "10.0.0.0/16")])
    w1 = s.instance(w, "web-1", "10.0.1.10", [web])
    o1 = s.instance(o, "ops-1", "10.0.3.10", [ops])
    d1 = s.instance(d, "db-1", "10.0.2.45", [db])
    s.case("a", w1, d1, "tcp", blocked("forward", acl, "100", ACL_RA,
           "2.2 / misconception 4: rule 100 (deny 3306 from 10.0.1.0/24) is listed after rule 200 but is evaluated first."),
           NACL, 3306, 40000, src_ip="10.0.1.10", dst_ip="10.0.2.45")
    s.case("b", o1, d1, "tcp", blocked("return", acl, "90", ACL_RA,
           "2.2: outbound rule 90 (deny 32768-65535 to 10.0.3.0/24) precedes rule 300 although listed after it; the reply to port 40000 is denied."),
           NACL, 3306, 40000, src_ip="10.0.3.10", dst_ip="10.0.2.45")
    s.case("c", o1, d1, "tcp", ok("2.2: the reply to client port 20000 is outside rule 90's range, so rule 300 allows it.",
                                  fwd=[ops, acl, db], ret=[db, acl, ops]),
           NACL, 3306, 20000, src_ip="10.0.3.10", dst_ip="10.0.2.45")
    return s


@scenario
def s10():
    s = Scenario(10, "sg-ipv6-ranges-vs-ipv4", "SG allows 443 only in Ipv6Ranges and 22 only in IpRanges: address families never mix")
    v = one_vpc(s, ipv6="2600:1f18:10:ab00::/56")
    p = s.subnet(v, "public-a", "10.0.1.0/24", ipv6="2600:1f18:10:ab01::/64")
    igw = s.igw(v, "prod-igw")
    rtb = s.route_table(v, "rtb-public", [("v4", ALL4, "igw", igw), ("v6", "::/0", "igw", igw)], [p])
    web = s.sg(v, "web", "web", "web", [perm("tcp", (443, 443), cidrs6=["::/0"]), tcp_in(22, "203.0.113.0/24")],
               [perm("-1", cidrs=[ALL4], cidrs6=["::/0"])])
    w1 = s.instance(p, "web-1", "10.0.1.10", [web], public_ip="198.51.100.20", ipv6="2600:1f18:10:ab01::10")
    acl = s.acls[0]["NetworkAclId"]
    s.case("a", INTERNET, w1, "tcp", blocked("forward", web, *SG_MISS,
           "2.1: IPv4 ranges never match IPv6 packets and vice versa; 443 is allowed only from ::/0, the packet is IPv4."),
           SGR, 443, 50000, src_ip=INTERNET, dst_ip="198.51.100.20")
    s.case("b", INTERNET6, w1, "tcp", ok("2.1 / 2.4: IPv6 443 from ::/0 via the IGW; the subnet routes ::/0 to the IGW for the reply.",
                                          fwd=[igw, acl, web], ret=[web, acl, rtb, igw]),
           IGW, 443, 50000, ipv6=True, src_ip=INTERNET6, dst_ip="2600:1f18:10:ab01::10")
    s.case("c", INTERNET6, w1, "tcp", blocked("forward", web, *SG_MISS,
           "2.1: SSH is allowed only from the IPv4 range 203.0.113.0/24; an IPv6 client matches no rule."),
           SGR, 22, 50000, ipv6=True, src_ip=INTERNET6, dst_ip="2600:1f18:10:ab01::10")
    s.case("d", INTERNET, w1, "tcp", ok("2.1: SSH from 203.0.113.10 matches the IPv4 range."),
           SGR, 22, 50000, src_ip=INTERNET, dst_ip="198.51.100.20")
    return s


@scenario
def s12():
    s = Scenario(12, "sg-reference-translated-source", "SG api admits 443 from SG app members: only their private IPs, never a public or NAT source")
    v = one_vpc(s)
    pub = s.subnet(v, "public-a", "10.0.1.0/24")
    priv = s.subnet(v, "private-a", "10.0.2.0/24")
    igw = s.igw(v, "prod-igw")
    nat = s.nat(pub, "nat-a", "10.0.1.100", "198.51.100.60")
    s.route_table(v, "rtb-public", [("v4", ALL4, "igw", igw)], [pub])
    s.route_table(v, "rtb-private", [("v4", ALL4, "nat", nat)], [priv])
    app = s.sg(v, "app", "app", "app")
    api = s.sg(v, "api", "api", "api", [tcp_in(443, groups=[app])])
    web1 = s.instance(pub, "web-1", "10.0.1.10", [app], public_ip="198.51.100.11")
    app1 = s.instance(priv, "app-1", "10.0.2.20", [app])
    api1 = s.instance(pub, "api-1", "10.0.1.30", [api], public_ip="198.51.100.31")
    s.case("a", web1, api1, "tcp", ok("2.1 [SGR]: same subnet, the source 10.0.1.10 is a private IP of an SG app member.",
                                      fwd=[app, api], ret=[api, app]),
           SGR, 443, 40000, src_ip="10.0.1.10", dst_ip="10.0.1.30")
    s.case("b", app1, api1, "tcp", ok("2.1 [SGR]: across subnets by local routing, source 10.0.2.20 is an SG app member."),
           SGR, 443, 40000, src_ip="10.0.2.20", dst_ip="10.0.1.30")
    s.case("c", web1, api1, "tcp", blocked("forward", api, *SG_MISS,
           "2.1 / misconception 12: addressed to the public IP the packet hairpins through the IGW and arrives from 198.51.100.11, a public source that no SG-reference rule matches."),
           SGR, 443, 40000, src_ip="10.0.1.10", dst_ip="198.51.100.31")
    s.case("d", app1, api1, "tcp", blocked("forward", api, *SG_MISS,
           "2.1 / 2.4: through the NAT the source becomes the NAT's address (EIP 198.51.100.60 after the IGW), not app-1's private IP."),
           SGR, 443, 40000, src_ip="10.0.2.20", dst_ip="198.51.100.31")
    return s


@scenario
def s15():
    s = Scenario(15, "sg-reference-across-peering", "DB SG references peer SGs over an active, a pending and a cross-Region peering")
    a = s.vpc("app", "10.0.0.0/16")
    b = s.vpc("data", "10.1.0.0/16")
    c = s.vpc("partner", "10.2.0.0/16")
    d = s.vpc("west", "10.3.0.0/16")
    sa = s.subnet(a, "app-a", "10.0.1.0/24")
    sb = s.subnet(b, "data-a", "10.1.2.0/24")
    sc = s.subnet(c, "partner-a", "10.2.1.0/24")
    sd = s.subnet(d, "west-a", "10.3.1.0/24")
    ab = s.peering(a, b, "app-to-data")
    cb = s.peering(b, c, "data-to-partner", status="pending-acceptance")
    db_ = s.peering(b, d, "data-to-west", accepter_region="us-west-2")
    ra = s.route_table(a, "rtb-app", [("v4", "10.1.0.0/16", "pcx", ab)], [sa])
    rb = s.route_table(b, "rtb-data", [("v4", "10.0.0.0/16", "pcx", ab), ("v4", "10.2.0.0/16", "pcx", cb, "blackhole"),
                                       ("v4", "10.3.0.0/16", "pcx", db_)], [sb])
    rc = s.route_table(c, "rtb-partner", [("v4", "10.1.0.0/16", "pcx", cb, "blackhole")], [sc])
    s.route_table(d, "rtb-west", [("v4", "10.1.0.0/16", "pcx", db_)], [sd])
    app = s.sg(a, "app", "app", "app")
    other = s.sg(a, "batch", "batch", "batch")
    partner = s.sg(c, "partner", "partner", "partner")
    west = s.sg(d, "west", "west", "west")
    dbsg = s.sg(b, "db", "db", "db", [tcp_in(5432, peer_groups=[(app, a, ab, "active"), (partner, c, cb, "pending-acceptance"),
                                                                 (west, d, db_, "active")])])
    a1 = s.instance(sa, "app-1", "10.0.1.20", [app])
    a2 = s.instance(sa, "batch-1", "10.0.1.21", [other])
    c1 = s.instance(sc, "partner-1", "10.2.1.20", [partner])
    d1 = s.instance(sd, "west-1", "10.3.1.20", [west])
    b1 = s.instance(sb, "db-1", "10.1.2.30", [dbsg])
    s.case("a", a1, b1, "tcp", ok("2.1 [PCX]: same-Region active peering; the reference to sg app matches app-1's private IP.",
                                  fwd=[app, ra, ab, dbsg], ret=[dbsg, rb, ab, app]),
           PCX_SG, 5432, 40000, src_ip="10.0.1.20", dst_ip="10.1.2.30")
    s.case("b", a2, b1, "tcp", blocked("forward", dbsg, *SG_MISS,
           "2.1: batch-1 is in the peer VPC but not a member of sg app; the reference never covers the whole VPC."),
           SGR, 5432, 40000, src_ip="10.0.1.21", dst_ip="10.1.2.30")
    s.case("c", c1, b1, "tcp", blocked("forward", rc, "blackhole", "BAD_STATE_ROUTE",
           "2.3 / 2.4 [PCX]: a route to a pending-acceptance peering is a blackhole; the packet never reaches the SG."),
           PCX, 5432, 40000, src_ip="10.2.1.20", dst_ip="10.1.2.30")
    s.case("d", d1, b1, "tcp", blocked("forward", dbsg, *SG_MISS,
           "2.1 [PCX]: peer SG references work only for same-Region peering; over the us-west-2 peering the rule for sg west matches nothing. (The snapshot holds both Regions' describe output.)",
           basis="derived"),
           PCX_SG, 5432, 40000, src_ip="10.3.1.20", dst_ip="10.1.2.30")
    return s


@scenario
def s16():
    s = Scenario(16, "igw-route-no-public-ip", "Public subnet (0/0 -> igw) but the instance has no public IPv4")
    v = one_vpc(s)
    p = s.subnet(v, "public-a", "10.0.1.0/24")
    igw = s.igw(v, "prod-igw")
    rtb = s.route_table(v, "rtb-public", [("v4", ALL4, "igw", igw)], [p])
    web = s.sg(v, "web", "web", "web", [tcp_in(443, ALL4)])
    w1 = s.instance(p, "web-1", "10.0.1.10", [web], public_ip="198.51.100.10")
    w2 = s.instance(p, "web-2", "10.0.1.20", [web])
    acl = s.acls[0]["NetworkAclId"]
    s.case("a", w2, INTERNET, "tcp", blocked("forward", igw, "no-public-ip", "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS",
           "2.4 / misconception 7: an IGW route alone is not enough; without a public IPv4 the IGW cannot translate the source.",
           fwd=[web, acl, rtb, igw]),
           IGW, 443, 40000, src_ip="10.0.1.20", dst_ip=INTERNET)
    s.case("b", INTERNET, w2, "tcp", blocked("forward", igw, "no-public-ip", "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS",
           "2.4: web-2 has no public address, so nothing on the internet can address it."),
           IGW, 443, 50000, src_ip=INTERNET, dst_ip=None)
    s.case("c", w1, INTERNET, "tcp", ok("2.4 scenario C: the same subnet with a public IP reaches the internet.",
                                        fwd=[web, acl, rtb, igw], ret=[igw, acl, web]),
           IGW, 443, 40000, src_ip="10.0.1.10", dst_ip=INTERNET)
    return s


@scenario
def s17():
    s = Scenario(17, "public-ip-without-igw-route", "Instances with public IPs in subnets that do not route 0/0 to the IGW")
    v = one_vpc(s)
    pub = s.subnet(v, "public-a", "10.0.1.0/24")
    iso = s.subnet(v, "isolated-a", "10.0.2.0/24")
    priv = s.subnet(v, "private-a", "10.0.3.0/24")
    igw = s.igw(v, "prod-igw")
    nat = s.nat(pub, "nat-a", "10.0.1.100", "198.51.100.50")
    s.route_table(v, "rtb-public", [("v4", ALL4, "igw", igw)], [pub])
    rtb_iso = s.route_table(v, "rtb-isolated", [], [iso])
    rtb_priv = s.route_table(v, "rtb-private", [("v4", ALL4, "nat", nat)], [priv])
    web = s.sg(v, "web", "web", "web", [tcp_in(443, ALL4)])
    i1 = s.instance(iso, "iso-1", "10.0.2.10", [web], public_ip="198.51.100.40")
    p1 = s.instance(priv, "priv-1", "10.0.3.10", [web], public_ip="198.51.100.41")
    acl = s.acls[0]["NetworkAclId"]
    s.case("a", INTERNET, i1, "tcp", blocked("return", rtb_iso, "no-route", "NO_ROUTE_TO_DESTINATION",
           "2.4: inbound uses the VPC's implicit local routing so the SYN arrives; the SYN-ACK needs the subnet table, which has no route to the client.",
           fwd=[igw, acl, web], ret=[web, acl, rtb_iso]),
           IGW, 443, 50000, src_ip=INTERNET, dst_ip="198.51.100.40")
    s.case("b", i1, INTERNET, "tcp", blocked("forward", rtb_iso, "no-route", "NO_ROUTE_TO_DESTINATION",
           "2.3: only the local route; a public IP does not make a subnet public (misconception 7)."),
           RT, 443, 40000, src_ip="10.0.2.10", dst_ip=INTERNET)
    s.case("c", INTERNET, p1, "tcp", blocked("return", nat, None, None,
           "2.4 [IGW]: instances in a private subnet can't use the IGW even with a public IP; the SYN-ACK is routed 0/0 -> nat, which has no outbound connection for it.",
           basis="derived", fwd=[igw, acl, web], ret=[web, acl, rtb_priv, acl, nat]),
           IGW, 443, 50000, src_ip=INTERNET, dst_ip="198.51.100.41")
    s.case("d", p1, INTERNET, "tcp", ok("2.4 scenario E: outbound from the private subnet goes through the NAT; the public IP is unused.",
                                        fwd=[web, rtb_priv, nat, igw]),
           NAT, 443, 40000, src_ip="10.0.3.10", dst_ip=INTERNET)
    return s


@scenario
def s19():
    s = Scenario(19, "igw-private-destinations", "Public instance sends to RFC1918 / RFC6598 destinations over 0/0 -> igw")
    v = one_vpc(s)
    p = s.subnet(v, "public-a", "10.0.1.0/24")
    igw = s.igw(v, "prod-igw")
    s.route_table(v, "rtb-public", [("v4", ALL4, "igw", igw)], [p])
    web = s.sg(v, "web", "web", "web", [tcp_in(443, ALL4)])
    w1 = s.instance(p, "web-1", "10.0.1.10", [web], public_ip="198.51.100.10")
    ra = "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"
    s.case("a", w1, "10.99.0.5", "tcp", blocked("forward", igw, "rfc1918-destination", ra,
           "2.4 [RA]: the IGW drops RFC1918 destinations; 10.99.0.5 is outside the VPC so 0/0 -> igw matches.", basis="derived"),
           RA, 443, 40000, src_ip="10.0.1.10", dst_ip="10.99.0.5")
    s.case("b", w1, "192.168.1.1", "tcp", blocked("forward", igw, "rfc1918-destination", ra,
           "2.4 [RA]: 192.168.0.0/16 is RFC1918.", basis="derived"),
           RA, 443, 40000, src_ip="10.0.1.10", dst_ip="192.168.1.1")
    s.case("c", w1, "100.64.0.10", "tcp", blocked("forward", igw, None, ra,
           "2.4 [RA]: 100.64.0.0/10 (RFC6598 shared address space) is rejected like RFC1918.", basis="derived"),
           RA, 443, 40000, src_ip="10.0.1.10", dst_ip="100.64.0.10")
    s.case("d", w1, "172.32.0.10", "tcp", ok("2.4: 172.32.0.10 lies just outside 172.16.0.0/12; it is an ordinary internet address."),
           IGW, 443, 40000, src_ip="10.0.1.10", dst_ip="172.32.0.10")
    s.case("e", "10.99.0.5", w1, "tcp", blocked("forward", igw, None, None,
           "2.4 [RA]: the IGW drops RFC1918 sources inbound.", basis="derived"),
           RA, 443, 50000, src_ip="10.99.0.5", dst_ip="198.51.100.10")
    return s


def nat_vpc(s, nat_routes_igw=True, nat_acl_entries=None):
    v = one_vpc(s)
    pub = s.subnet(v, "public-a", "10.0.1.0/24")
    priv = s.subnet(v, "private-a", "10.0.2.0/24")
    igw = s.igw(v, "prod-igw")
    nat = s.nat(pub, "nat-a", "10.0.1.100", "198.51.100.50")
    rtb_pub = s.route_table(v, "rtb-public", [("v4", ALL4, "igw", igw)] if nat_routes_igw else [], [pub])
    rtb_priv = s.route_table(v, "rtb-private", [("v4", ALL4, "nat", nat)], [priv])
    acl_pub = s.nacl(v, "public-nacl", nat_acl_entries or [entry(100, e, "-1", "allow", ALL4) for e in (True, False)], [pub])
    app = s.sg(v, "app", "app", "app", [tcp_in(22, "10.0.0.0/16")])
    app1 = s.instance(priv, "app-1", "10.0.2.20", [app])
    return dict(v=v, pub=pub, priv=priv, igw=igw, nat=nat, rtb_pub=rtb_pub, rtb_priv=rtb_priv, acl_pub=acl_pub,
                acl_priv=s.acls[0]["NetworkAclId"], app=app, app1=app1)


@scenario
def s20():
    s = Scenario(20, "nat-unsolicited-inbound", "Internet clients try to open connections through the NAT gateway")
    n = nat_vpc(s)
    s.case("a", INTERNET, n["nat"], "tcp", blocked("forward", n["nat"], "unsolicited-inbound", None,
           "2.4 [NAT]: a NAT gateway cannot receive unsolicited inbound connections.", fwd=[n["igw"], n["acl_pub"], n["nat"]]),
           NAT, 443, 50000, src_ip=INTERNET, dst_ip="198.51.100.50")
    s.case("b", INTERNET, n["app1"], "tcp", blocked("forward", n["igw"], "no-public-ip", "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS",
           "3.E: internet -> a private instance is dropped at the IGW: it has no public IP."),
           IGW, 22, 50000, src_ip=INTERNET, dst_ip=None)
    s.case("c", n["app1"], INTERNET, "tcp", ok("3.E: the same NAT carries outbound connections and their replies.",
                                               fwd=[n["app"], n["acl_priv"], n["rtb_priv"], n["acl_pub"], n["nat"], n["acl_pub"], n["rtb_pub"], n["igw"]],
                                               ret=[n["igw"], n["acl_pub"], n["nat"], n["acl_pub"], n["acl_priv"], n["app"]]),
           NAT, 443, 40000, src_ip="10.0.2.20", dst_ip=INTERNET)
    return s


@scenario
def s21():
    s = Scenario(21, "nat-subnet-without-igw-route", "NAT gateway placed in a subnet whose route table has no 0/0 -> igw")
    n = nat_vpc(s, nat_routes_igw=False)
    s.case("tcp", n["app1"], INTERNET, "tcp", blocked("forward", n["rtb_pub"], "no-route", "NO_ROUTE_TO_DESTINATION",
           "2.4 [NAT]: the NAT subnet must route 0.0.0.0/0 to an IGW; the translated packet finds no route.",
           fwd=[n["app"], n["acl_priv"], n["rtb_priv"], n["acl_pub"], n["nat"], n["acl_pub"], n["rtb_pub"]]),
           NAT, 443, 40000, src_ip="10.0.2.20", dst_ip=INTERNET)
    s.case("icmp", n["app1"], INTERNET, "icmp", blocked("forward", n["rtb_pub"], "no-route", "NO_ROUTE_TO_DESTINATION",
           "2.4 [NAT]: same for ICMP echo."),
           NAT, icmp=(8, 0), src_ip="10.0.2.20", dst_ip=INTERNET)
    return s


@scenario
def s22():
    s = Scenario(22, "nat-subnet-nacl-reply-ports", "NAT subnet NACL admits the requests but not the replies to the NAT's ports 1024-65535 (TCP)")
    entries = [entry(100, True, "-1", "allow", ALL4),
               entry(100, False, "tcp", "allow", "10.0.0.0/16", (443, 443)),
               entry(105, False, "udp", "allow", "10.0.0.0/16", (123, 123)),
               entry(110, False, "udp", "allow", ALL4, (1024, 65535))]
    n = nat_vpc(s, nat_acl_entries=entries)
    s.case("tcp", n["app1"], INTERNET, "tcp", blocked("return", n["acl_pub"], "*", ACL_RA,
           "2.4 [NAT] / misconception 8: the reply from the internet targets the NAT's port (1024-65535); the NAT subnet's inbound list only admits UDP there.",
           ret=[n["igw"], n["acl_pub"]]),
           NAT, 443, 40000, src_ip="10.0.2.20", dst_ip=INTERNET)
    s.case("udp", n["app1"], INTERNET, "udp", ok("2.4 [NAT]: rule 105 admits the request, rule 110 the reply to the NAT's port."),
           NAT, 123, 40000, src_ip="10.0.2.20", dst_ip=INTERNET)
    s.case("tcp80", n["app1"], INTERNET, "tcp", blocked("forward", n["acl_pub"], "*", ACL_RA,
           "3.E: the request enters the NAT subnet through its inbound list with destination port 80, which no rule admits."),
           NAT, 80, 40000, src_ip="10.0.2.20", dst_ip=INTERNET)
    return s


@scenario
def s24():
    s = Scenario(24, "nat-from-peered-vpc", "Peered VPC routes 0/0 to the peering to use the other VPC's NAT gateway")
    n = nat_vpc(s)
    b = s.vpc("partner", "10.1.0.0/16")
    sb = s.subnet(b, "partner-a", "10.1.1.0/24")
    pcx = s.peering(n["v"], b, "prod-to-partner")
    s.add_routes(n["rtb_priv"], [("v4", "10.1.0.0/16", "pcx", pcx)])
    rb = s.route_table(b, "rtb-partner", [("v4", "10.0.0.0/16", "pcx", pcx), ("v4", ALL4, "pcx", pcx)], [sb])
    psg = s.sg(b, "partner", "partner", "partner")
    b1 = s.instance(sb, "partner-1", "10.1.1.20", [psg])
    s.case("a", b1, INTERNET, "tcp", blocked("forward", pcx, "destination-not-in-peer-cidr", "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR",
           "2.4 [PCX][NAT]: no edge-to-edge routing; a peering only carries packets for the peer VPC's CIDR, so the peer's NAT is unusable.",
           fwd=[psg, rb, pcx]),
           PCX, 443, 40000, src_ip="10.1.1.20", dst_ip=INTERNET)
    s.case("b", b1, n["app1"], "tcp", ok("3.F: routes in both VPCs for the VPC CIDRs; the peer instance reaches app-1 directly."),
           PCX_RT, 22, 40000, src_ip="10.1.1.20", dst_ip="10.0.2.20")
    # app admits 22 from its own VPC only; add the peer's CIDR so case b tests routing, not the SG.
    for g in s.sgs:
        if g["GroupId"] == n["app"]:
            g["IpPermissions"][0]["IpRanges"].append({"CidrIp": "10.1.0.0/16"})
    return s


@scenario
def s25():
    s = Scenario(25, "eigw-ipv6", "IPv6-only egress through an egress-only internet gateway")
    v = one_vpc(s, ipv6="2600:1f18:25:ab00::/56")
    p = s.subnet(v, "private-a", "10.0.2.0/24", ipv6="2600:1f18:25:ab02::/64")
    eigw = s.eigw(v, "prod-eigw")
    rtb = s.route_table(v, "rtb-private", [("v6", "::/0", "eigw", eigw)], [p])
    app = s.sg(v, "app", "app", "app", [perm("tcp", (443, 443), cidrs6=["::/0"])], [perm("-1", cidrs=[ALL4], cidrs6=["::/0"])])
    a1 = s.instance(p, "app-1", "10.0.2.20", [app], ipv6="2600:1f18:25:ab02::20")
    acl = s.acls[0]["NetworkAclId"]
    s.case("out", a1, INTERNET6, "tcp", ok("2.4 [EIGW]: outbound IPv6 and its replies pass the egress-only gateway.",
                                           fwd=[app, acl, rtb, eigw], ret=[eigw, acl, app]),
           EIGW, 443, 40000, ipv6=True, src_ip="2600:1f18:25:ab02::20", dst_ip=INTERNET6)
    s.case("udp", a1, INTERNET6, "udp", ok("2.4 [EIGW]: UDP replies are tracked like TCP."),
           EIGW, 123, 40000, ipv6=True, src_ip="2600:1f18:25:ab02::20", dst_ip=INTERNET6)
    s.case("in", INTERNET6, a1, "tcp", blocked("forward", eigw, "inbound-not-allowed", None,
           "2.4 [EIGW]: unsolicited inbound IPv6 is dropped, even though the SG allows 443 from ::/0."),
           EIGW, 443, 50000, ipv6=True, src_ip=INTERNET6, dst_ip="2600:1f18:25:ab02::20")
    s.case("v4", a1, INTERNET, "tcp", blocked("forward", rtb, "no-route", "NO_ROUTE_TO_DESTINATION",
           "2.3 / misconception 11: ::/0 does not cover IPv4 and there is no 0.0.0.0/0 route."),
           RT, 443, 40000, src_ip="10.0.2.20", dst_ip=INTERNET)
    return s


@scenario
def s26():
    s = Scenario(26, "ipv4-rules-do-not-cover-ipv6", "Dual-stack subnets: an IPv4-only NACL and an IPv4-only default route")
    v = one_vpc(s, ipv6="2600:1f18:26:ab00::/56")
    sa = s.subnet(v, "public-a", "10.0.1.0/24", ipv6="2600:1f18:26:ab01::/64")
    sb = s.subnet(v, "public-b", "10.0.2.0/24", az="us-east-1b", ipv6="2600:1f18:26:ab02::/64")
    igw = s.igw(v, "prod-igw")
    ra = s.route_table(v, "rtb-a", [("v4", ALL4, "igw", igw), ("v6", "::/0", "igw", igw)], [sa])
    rb = s.route_table(v, "rtb-b", [("v4", ALL4, "igw", igw)], [sb])
    acl_a = s.nacl(v, "v4-only-nacl", [entry(100, e, "-1", "allow", ALL4) for e in (True, False)], [sa], ipv6_star=True)
    web = s.sg(v, "web", "web", "web", [perm("tcp", (443, 443), cidrs=[ALL4], cidrs6=["::/0"])],
               [perm("-1", cidrs=[ALL4], cidrs6=["::/0"])])
    a1 = s.instance(sa, "web-a", "10.0.1.10", [web], public_ip="198.51.100.10", ipv6="2600:1f18:26:ab01::10")
    b1 = s.instance(sb, "web-b", "10.0.2.10", [web], public_ip="198.51.100.11", ipv6="2600:1f18:26:ab02::10")
    acl_def = s.acls[0]["NetworkAclId"]
    s.case("a6", a1, INTERNET6, "tcp", blocked("forward", acl_a, "*", ACL_RA,
           "2.2 / misconception 11: rule 100 (0.0.0.0/0) never matches IPv6; the IPv6 * rule (32768) denies."),
           NACL, 443, 40000, ipv6=True, src_ip="2600:1f18:26:ab01::10", dst_ip=INTERNET6)
    s.case("a4", a1, INTERNET, "tcp", ok("2.2: the same NACL admits IPv4."),
           NACL, 443, 40000, src_ip="10.0.1.10", dst_ip=INTERNET)
    s.case("b6", b1, INTERNET6, "tcp", blocked("forward", rb, "no-route", "NO_ROUTE_TO_DESTINATION",
           "2.3: 0.0.0.0/0 does not cover IPv6; ::/0 is needed."),
           RT, 443, 40000, ipv6=True, src_ip="2600:1f18:26:ab02::10", dst_ip=INTERNET6)
    s.case("b4", b1, INTERNET, "tcp", ok("2.3: IPv4 uses 0.0.0.0/0 -> igw."),
           RT, 443, 40000, src_ip="10.0.2.10", dst_ip=INTERNET)
    s.case("in6", INTERNET6, b1, "tcp", blocked("return", rb, "no-route", "NO_ROUTE_TO_DESTINATION",
           "2.4: the IPv6 SYN arrives by local routing (default NACL rule 101, SG ::/0); the reply has no ::/0 route.",
           fwd=[igw, acl_def, web], ret=[web, acl_def, rb]),
           IGW, 443, 50000, ipv6=True, src_ip=INTERNET6, dst_ip="2600:1f18:26:ab02::10")
    return s


@scenario
def s28():
    s = Scenario(28, "gateway-endpoint-nacl-and-protocols", "S3 gateway endpoint: NACLs must list the S3 CIDRs; only TCP and ICMP echo")
    v = one_vpc(s)
    p1 = s.subnet(v, "private-1", "10.0.1.0/24")
    p2 = s.subnet(v, "private-2", "10.0.2.0/24")
    p3 = s.subnet(v, "private-3", "10.0.3.0/24")
    rtb = s.route_table(v, "rtb-private", [], [p1, p2, p3])
    vpce = s.s3_gateway_endpoint(v, "s3-gateway-endpoint", [rtb])
    acl1 = s.nacl(v, "nacl-1", [entry(100, True, "tcp", "allow", ALL4, (443, 443)),
                                entry(100, False, "tcp", "allow", "10.0.0.0/16", (1024, 65535))], [p1])
    acl2 = s.nacl(v, "nacl-2", [entry(100, True, "-1", "allow", "10.0.0.0/16"),
                                entry(110, True, "tcp", "allow", "52.216.0.0/15", (443, 443)),
                                entry(100, False, "-1", "allow", "10.0.0.0/16"),
                                entry(110, False, "tcp", "allow", "52.216.0.0/15", (1024, 65535))], [p2])
    app = s.sg(v, "app", "app", "app")
    i1 = s.instance(p1, "app-1", "10.0.1.10", [app])
    i2 = s.instance(p2, "app-2", "10.0.2.10", [app])
    i3 = s.instance(p3, "app-3", "10.0.3.10", [app])
    s.case("a", i1, "s3", "tcp", blocked("return", acl1, "*", ACL_RA,
           "2.2 / 3.G: NACLs take CIDRs only; the inbound list admits replies from 10.0.0.0/16, not from the S3 CIDRs.",
           ret=[vpce, acl1]),
           NACL, 443, 40000, src_ip="10.0.1.10", dst_ip=S3_IP)
    s.case("b", i2, "s3", "tcp", ok("3.G: both directions list 52.216.0.0/15.", fwd=[app, acl2, rtb, vpce], ret=[vpce, acl2, app]),
           GWE, 443, 40000, src_ip="10.0.2.10", dst_ip=S3_IP)
    s.case("c", i2, "s3", "tcp", blocked("forward", acl2, "*", ACL_RA,
           "2.2: 54.231.0.10 is in the S3 prefix list but not in the NACL's 52.216.0.0/15."),
           NACL, 443, 40000, src_ip="10.0.2.10", dst_ip="54.231.0.10")
    s.case("d", i2, "s3", "udp", blocked("forward", acl2, "*", ACL_RA,
           "Section 3 order: the NACL (rule 110 is TCP only) drops UDP before the endpoint is reached."),
           NACL, 443, 40000, src_ip="10.0.2.10", dst_ip=S3_IP)
    s.case("e", i3, "s3", "udp", blocked("forward", vpce, "protocol-not-supported", "VPCE_GATEWAY_PROTOCOL_RESTRICTION",
           "2.4 [RA]: gateway endpoints accept only TCP or ICMP echo.", basis="derived"),
           RA, 443, 40000, src_ip="10.0.3.10", dst_ip=S3_IP)
    s.case("f", i3, "s3", "icmp", ok("2.4 [RA]: ICMP echo is one of the two kinds of traffic a gateway endpoint accepts.", basis="derived"),
           RA, icmp=(8, 0), src_ip="10.0.3.10", dst_ip=S3_IP)
    return s


@scenario
def s29():
    s = Scenario(29, "gateway-endpoint-from-peered-vpc", "Peer VPC routes the S3 CIDR to the peering to use the other VPC's gateway endpoint")
    a = s.vpc("prod", "10.0.0.0/16")
    b = s.vpc("partner", "10.1.0.0/16")
    sa = s.subnet(a, "private-a", "10.0.2.0/24")
    sb = s.subnet(b, "partner-a", "10.1.1.0/24")
    pcx = s.peering(a, b, "prod-to-partner")
    ra = s.route_table(a, "rtb-private", [("v4", "10.1.0.0/16", "pcx", pcx)], [sa])
    vpce = s.s3_gateway_endpoint(a, "s3-gateway-endpoint", [ra])
    rb = s.route_table(b, "rtb-partner", [("v4", "10.0.0.0/16", "pcx", pcx), ("v4", "52.216.0.0/15", "pcx", pcx)], [sb])
    asg = s.sg(a, "app", "app", "app")
    bsg = s.sg(b, "partner", "partner", "partner")
    a1 = s.instance(sa, "app-1", "10.0.2.20", [asg])
    b1 = s.instance(sb, "partner-1", "10.1.1.20", [bsg])
    s.case("a", b1, "s3", "tcp", blocked("forward", pcx, "destination-not-in-peer-cidr", "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR",
           "2.4 [PCX]: a gateway endpoint is usable only from its own VPC; the peering carries only packets for the peer CIDR.",
           fwd=[bsg, rb, pcx]),
           PCX, 443, 40000, src_ip="10.1.1.20", dst_ip=S3_IP)
    s.case("b", a1, "s3", "tcp", ok("3.G: from the endpoint's own VPC the prefix-list route leads to the endpoint.",
                                    fwd=[asg, ra, vpce]),
           GWE, 443, 40000, src_ip="10.0.2.20", dst_ip=S3_IP)
    return s


@scenario
def s31():
    s = Scenario(31, "peering-pending-acceptance", "Routes to a peering connection that was never accepted")
    a = s.vpc("app", "10.0.0.0/16")
    b = s.vpc("data", "10.1.0.0/16")
    sa = s.subnet(a, "app-a", "10.0.1.0/24")
    sb = s.subnet(b, "data-a", "10.1.2.0/24")
    pcx = s.peering(a, b, "app-to-data", status="pending-acceptance")
    ra = s.route_table(a, "rtb-app", [("v4", "10.1.0.0/16", "pcx", pcx, "blackhole")], [sa])
    rb = s.route_table(b, "rtb-data", [("v4", "10.0.0.0/16", "pcx", pcx, "blackhole")], [sb])
    asg = s.sg(a, "app", "app", "app", [tcp_in(22, "10.1.0.0/16")])
    bsg = s.sg(b, "db", "db", "db", [tcp_in(5432, "10.0.0.0/16")])
    a1 = s.instance(sa, "app-1", "10.0.1.20", [asg])
    b1 = s.instance(sb, "db-1", "10.1.2.30", [bsg])
    s.case("a", a1, b1, "tcp", blocked("forward", ra, "blackhole", "BAD_STATE_ROUTE",
           "2.3 / 2.4 [PCX]: a route to a pending-acceptance peering is a blackhole.", fwd=[asg, ra]),
           PCX, 5432, 40000, src_ip="10.0.1.20", dst_ip="10.1.2.30")
    s.case("b", b1, a1, "tcp", blocked("forward", rb, "blackhole", "BAD_STATE_ROUTE",
           "2.3: same from the accepter side."),
           PCX, 22, 40000, src_ip="10.1.2.30", dst_ip="10.0.1.20")
    return s


@scenario
def s32():
    s = Scenario(32, "peering-route-beyond-peer-cidr", "VPC A routes all of 10.0.0.0/8 to the peering with B (10.1.0.0/16)")
    a = s.vpc("app", "10.0.0.0/16")
    b = s.vpc("data", "10.1.0.0/16")
    sa = s.subnet(a, "app-a", "10.0.1.0/24")
    sa2 = s.subnet(a, "app-b", "10.0.2.0/24", az="us-east-1b")
    sb = s.subnet(b, "data-a", "10.1.2.0/24")
    pcx = s.peering(a, b, "app-to-data")
    ra = s.route_table(a, "rtb-app", [("v4", "10.0.0.0/8", "pcx", pcx)], [sa, sa2])
    s.route_table(b, "rtb-data", [("v4", "10.0.0.0/16", "pcx", pcx)], [sb])
    asg = s.sg(a, "app", "app", "app", [tcp_in(5432, "10.0.0.0/16")])
    bsg = s.sg(b, "db", "db", "db", [tcp_in(5432, "10.0.0.0/16")])
    a1 = s.instance(sa, "app-1", "10.0.1.20", [asg])
    a2 = s.instance(sa2, "app-2", "10.0.2.20", [asg])
    b1 = s.instance(sb, "db-1", "10.1.2.30", [bsg])
    s.case("a", a1, b1, "tcp", ok("3.F: 10.1.2.30 matches 10.0.0.0/8 -> pcx and lies in the peer CIDR.", fwd=[asg, ra, pcx, bsg]),
           PCX_RT, 5432, 40000, src_ip="10.0.1.20", dst_ip="10.1.2.30")
    s.case("b", a1, "10.9.0.5", "tcp", blocked("forward", pcx, "destination-not-in-peer-cidr", "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR",
           "2.4 [RA]: the route sends 10.9.0.5 to the peering, but it is outside the peer VPC's 10.1.0.0/16."),
           RA, 5432, 40000, src_ip="10.0.1.20", dst_ip="10.9.0.5")
    s.case("c", a1, a2, "tcp", ok("2.3: the local 10.0.0.0/16 route is more specific than 10.0.0.0/8 -> pcx."),
           RT, 5432, 40000, src_ip="10.0.1.20", dst_ip="10.0.2.20")
    return s


@scenario
def s33():
    s = Scenario(33, "blackhole-shadows-default", "A blackhole /24 (deleted NAT gateway) inside an active 0/0 -> igw")
    v = one_vpc(s)
    p = s.subnet(v, "public-a", "10.0.1.0/24")
    igw = s.igw(v, "prod-igw")
    deleted_nat = s.id("nat", "deleted-nat")
    rtb = s.route_table(v, "rtb-public", [("v4", ALL4, "igw", igw), ("v4", "203.0.113.0/24", "nat", deleted_nat, "blackhole")], [p])
    web = s.sg(v, "web", "web", "web", [tcp_in(443, ALL4)])
    w1 = s.instance(p, "web-1", "10.0.1.10", [web], public_ip="198.51.100.10")
    s.case("a", w1, INTERNET, "tcp", blocked("forward", rtb, "blackhole", "BAD_STATE_ROUTE",
           "2.3 / misconception 10: the blackhole /24 is the longest match and shadows 0/0 -> igw."),
           RT, 443, 40000, src_ip="10.0.1.10", dst_ip=INTERNET)
    s.case("b", w1, "192.0.2.10", "tcp", ok("2.3: outside the /24 the active 0/0 -> igw applies."),
           RT, 443, 40000, src_ip="10.0.1.10", dst_ip="192.0.2.10")
    s.case("c", INTERNET, w1, "tcp", blocked("return", rtb, "blackhole", "BAD_STATE_ROUTE",
           "2.4: the SYN arrives by local routing; the reply to 203.0.113.10 hits the blackhole route."),
           RT, 443, 50000, src_ip=INTERNET, dst_ip="198.51.100.10")
    return s


@scenario
def s34():
    s = Scenario(34, "longest-prefix-match", "Private subnet with 0/0 -> nat, a peering /16 and the S3 prefix list; ties favour static routes")
    a = s.vpc("prod", "10.0.0.0/16")
    b = s.vpc("data", "10.1.0.0/16")
    pub = s.subnet(a, "public-a", "10.0.1.0/24")
    priv = s.subnet(a, "private-a", "10.0.2.0/24")
    priv2 = s.subnet(a, "private-b", "10.0.3.0/24", az="us-east-1b")
    sb = s.subnet(b, "data-a", "10.1.2.0/24")
    igw = s.igw(a, "prod-igw")
    nat = s.nat(pub, "nat-a", "10.0.1.100", "198.51.100.50")
    pcx = s.peering(a, b, "prod-to-data")
    s.route_table(a, "rtb-public", [("v4", ALL4, "igw", igw)], [pub])
    r1 = s.route_table(a, "rtb-private", [("v4", ALL4, "nat", nat), ("v4", "10.1.0.0/16", "pcx", pcx)], [priv])
    r2 = s.route_table(a, "rtb-private-b", [("v4", ALL4, "nat", nat), ("v4", "52.216.0.0/15", "nat", nat)], [priv2])
    vpce = s.s3_gateway_endpoint(a, "s3-gateway-endpoint", [r1, r2])
    s.route_table(b, "rtb-data", [("v4", "10.0.0.0/16", "pcx", pcx)], [sb])
    app = s.sg(a, "app", "app", "app")
    db = s.sg(b, "db", "db", "db", [tcp_in(5432, "10.0.0.0/16")])
    a1 = s.instance(priv, "app-1", "10.0.2.20", [app])
    a2 = s.instance(priv2, "app-2", "10.0.3.20", [app])
    b1 = s.instance(sb, "db-1", "10.1.2.30", [db])
    s.case("pcx", a1, b1, "tcp", ok("2.3 / misconception 10: the pcx /16 beats 0/0 -> nat.", fwd=[app, r1, pcx, db]),
           RT, 5432, 40000, src_ip="10.0.2.20", dst_ip="10.1.2.30")
    s.case("s3", a1, "s3", "tcp", ok("2.3: the S3 prefix list's 52.216.0.0/15 beats 0/0 -> nat.", fwd=[app, r1, vpce], ret=[vpce, app]),
           GWE, 443, 40000, src_ip="10.0.2.20", dst_ip=S3_IP)
    s.case("nat", a1, INTERNET, "tcp", ok("2.3: everything else takes 0/0 -> nat.", fwd=[app, r1, nat, igw]),
           NAT, 443, 40000, src_ip="10.0.2.20", dst_ip=INTERNET)
    s.case("tie", a2, "s3", "tcp", ok("2.3 'Route priority and prefix lists': the static 52.216.0.0/15 -> nat beats the prefix-list route of the same length.",
                                      fwd=[app, r2, nat, igw]),
           RT, 443, 40000, src_ip="10.0.3.20", dst_ip=S3_IP)
    s.case("tie-other-cidr", a2, "s3", "tcp", ok("2.3: 54.231.0.10 is only in the prefix list, so the endpoint route applies.",
                                                 fwd=[app, r2, vpce]),
           GWE, 443, 40000, src_ip="10.0.3.20", dst_ip="54.231.0.10")
    return s


@scenario
def s36():
    s = Scenario(36, "sg-prefix-list-peer", "App SG egress allows 443 only to the S3 prefix list")
    n = nat_vpc(s)
    vpce = s.s3_gateway_endpoint(n["v"], "s3-gateway-endpoint", [n["rtb_priv"]])
    for g in s.sgs:
        if g["GroupId"] == n["app"]:
            g["IpPermissionsEgress"] = [perm("tcp", (443, 443), prefix_lists=[S3_PL])]
    app, app1 = n["app"], n["app1"]
    s.case("s3", app1, "s3", "tcp", ok("2.1 / 2.4: SG rules may name the prefix list; 52.216.8.10 is in it.", fwd=[app, n["rtb_priv"], vpce]),
           GWE, 443, 40000, src_ip="10.0.2.20", dst_ip=S3_IP)
    s.case("internet", app1, INTERNET, "tcp", blocked("forward", app, *SG_MISS,
           "2.1: the only outbound rule names the S3 prefix list; 203.0.113.10 matches nothing."),
           SGR, 443, 40000, src_ip="10.0.2.20", dst_ip=INTERNET)
    s.case("port", app1, "s3", "tcp", blocked("forward", app, *SG_MISS, "2.1: port 80 is not in the 443 rule."),
           SGR, 80, 40000, src_ip="10.0.2.20", dst_ip=S3_IP)
    return s


@scenario
def s37():
    s = Scenario(37, "icmp-echo-reply-nacl", "Ping across subnets where the target's NACL allows type 8 both ways but never type 0")
    v = one_vpc(s)
    sa = s.subnet(v, "a", "10.0.1.0/24")
    sb = s.subnet(v, "b", "10.0.2.0/24")
    sc = s.subnet(v, "c", "10.0.3.0/24")
    s.route_table(v, "rtb-private", [], [sa, sb, sc])
    acl_b = s.nacl(v, "b-nacl", [entry(100, False, "icmp", "allow", "10.0.1.0/24", icmp=(8, -1)),
                                 entry(100, True, "icmp", "allow", "10.0.1.0/24", icmp=(8, -1))], [sb])
    acl_c = s.nacl(v, "c-nacl", [entry(100, False, "icmp", "allow", "10.0.0.0/16", icmp=(-1, -1)),
                                 entry(100, True, "icmp", "allow", "10.0.0.0/16", icmp=(-1, -1))], [sc])
    asg = s.sg(v, "a", "a", "a")
    ping = s.sg(v, "ping", "ping", "ping", [perm("icmp", (8, -1), cidrs=["10.0.0.0/16"])])
    a1 = s.instance(sa, "a-1", "10.0.1.10", [asg])
    b1 = s.instance(sb, "b-1", "10.0.2.10", [ping])
    c1 = s.instance(sc, "c-1", "10.0.3.10", [ping])
    s.case("a", a1, b1, "icmp", blocked("return", acl_b, "*", ACL_RA,
           "Misconception 13: the echo reply is type 0; b's outbound list allows only type 8, so the reply hits *.",
           ret=[ping, acl_b]),
           NACL, icmp=(8, 0), src_ip="10.0.1.10", dst_ip="10.0.2.10")
    s.case("b", a1, c1, "icmp", ok("Misconception 13: type -1 admits request and reply; the SG needs only the request (tracked) [CT].",
                                   fwd=[asg, acl_c, ping], ret=[ping, acl_c, asg]),
           CT, icmp=(8, 0), src_ip="10.0.1.10", dst_ip="10.0.3.10")
    s.case("c", a1, b1, "tcp", blocked("forward", acl_b, "*", ACL_RA, "2.2: an ICMP rule admits no TCP."),
           NACL, 22, 40000, src_ip="10.0.1.10", dst_ip="10.0.2.10")
    return s


@scenario
def s39():
    s = Scenario(39, "udp-dns-reply-tcp-only-nacl", "Client subnet NACL returns only TCP 1024-65535; a self-hosted DNS server answers over UDP")
    v = one_vpc(s)
    sa = s.subnet(v, "app-a", "10.0.1.0/24")
    sd = s.subnet(v, "dns-a", "10.0.2.0/24")
    s.route_table(v, "rtb-private", [], [sa, sd])
    acl_a = s.nacl(v, "app-nacl", [entry(100, True, "-1", "allow", ALL4),
                                   entry(100, False, "tcp", "allow", ALL4, (1024, 65535))], [sa])
    app = s.sg(v, "app", "app", "app")
    dns = s.sg(v, "dns", "dns", "dns", [perm("udp", (53, 53), cidrs=["10.0.0.0/16"]), tcp_in(53, "10.0.0.0/16")])
    a1 = s.instance(sa, "app-1", "10.0.1.10", [app])
    d1 = s.instance(sd, "dns-1", "10.0.2.53", [dns])
    s.case("udp", a1, d1, "udp", blocked("return", acl_a, "*", ACL_RA,
           "Misconception 14: a protocol 6 (TCP) rule does not admit the UDP reply of a DNS query.", ret=[dns, acl_a]),
           NACL, 53, 40000, src_ip="10.0.1.10", dst_ip="10.0.2.53")
    s.case("tcp", a1, d1, "tcp", ok("2.2: DNS over TCP: the reply matches rule 100."),
           NACL, 53, 40000, src_ip="10.0.1.10", dst_ip="10.0.2.53")
    s.case("resolver", a1, "10.0.0.2", "udp", ok("2.1 [CMP]: the Route 53 Resolver at VPC+2 is not filtered by SGs or NACLs.", basis="derived"),
           CMP, 53, 40000, src_ip="10.0.1.10", dst_ip="10.0.0.2")
    return s


@scenario
def s40():
    s = Scenario(40, "protocol-number-rules", "NACL and SG rules for IP protocol 50 (ESP) versus other protocols")
    v = one_vpc(s)
    sa = s.subnet(v, "a", "10.0.1.0/24")
    sb = s.subnet(v, "b", "10.0.2.0/24")
    sc = s.subnet(v, "c", "10.0.3.0/24")
    s.route_table(v, "rtb-private", [], [sa, sb, sc])
    acl_b = s.nacl(v, "esp-nacl", [entry(100, False, "50", "allow", "10.0.1.0/24"),
                                   entry(100, True, "50", "allow", "10.0.1.0/24")], [sb])
    asg = s.sg(v, "a", "a", "a")
    esp = s.sg(v, "esp", "esp", "esp", [perm("50", cidrs=["10.0.1.0/24"])])
    a1 = s.instance(sa, "a-1", "10.0.1.10", [asg])
    b1 = s.instance(sb, "b-1", "10.0.2.10", [esp])
    c1 = s.instance(sc, "c-1", "10.0.3.10", [esp])
    s.case("esp", a1, b1, "-1", ok("2.1 / 2.2: protocol 50 rules admit ESP; the SG tracks it by IP + protocol number [CT].",
                                   fwd=[asg, acl_b, esp], ret=[esp, acl_b, asg]),
           CT, protocol_number=50, src_ip="10.0.1.10", dst_ip="10.0.2.10")
    s.case("gre-nacl", a1, b1, "-1", blocked("forward", acl_b, "*", ACL_RA, "2.2: a protocol 50 rule does not admit GRE (47)."),
           NACL, protocol_number=47, src_ip="10.0.1.10", dst_ip="10.0.2.10")
    s.case("tcp-nacl", a1, b1, "tcp", blocked("forward", acl_b, "*", ACL_RA, "2.2: a protocol 50 rule does not admit TCP."),
           NACL, 443, 40000, src_ip="10.0.1.10", dst_ip="10.0.2.10")
    s.case("gre-sg", a1, c1, "-1", blocked("forward", esp, *SG_MISS, "2.1: the SG admits protocol 50 only, not 47."),
           SGR, protocol_number=47, src_ip="10.0.1.10", dst_ip="10.0.3.10")
    s.case("esp-sg", a1, c1, "-1", ok("2.1: default NACL, SG admits 50."),
           SGR, protocol_number=50, src_ip="10.0.1.10", dst_ip="10.0.3.10")
    return s


@scenario
def s41():
    s = Scenario(41, "same-subnet-skips-deny-all-nacl", "Subnet a's NACL denies everything at rule 50; neighbours in a still talk")
    v = one_vpc(s)
    sa = s.subnet(v, "a", "10.0.1.0/24")
    sb = s.subnet(v, "b", "10.0.2.0/24")
    s.route_table(v, "rtb-private", [], [sa, sb])
    acl = s.nacl(v, "deny-all", [entry(50, e, "-1", "deny", ALL4) for e in (False, True)]
                 + [entry(100, e, "-1", "allow", ALL4) for e in (False, True)], [sa])
    g1 = s.sg(v, "svc-a1", "svc-a1", "svc-a1", [tcp_in(5432, "10.0.0.0/16")])
    g2 = s.sg(v, "svc-a2", "svc-a2", "svc-a2", [tcp_in(5432, "10.0.0.0/16")])
    a1 = s.instance(sa, "a-1", "10.0.1.10", [g1])
    a2 = s.instance(sa, "a-2", "10.0.1.11", [g2])
    b1 = s.instance(sb, "b-1", "10.0.2.10", [g2])
    s.case("same", a1, a2, "tcp", ok("2.2 [NACL] / misconception 6: same-subnet traffic is not evaluated by the NACL.",
                                     fwd=[g1, g2], ret=[g2, g1]),
           NACL, 5432, 40000, src_ip="10.0.1.10", dst_ip="10.0.1.11")
    s.case("out", a1, b1, "tcp", blocked("forward", acl, "50", ACL_RA, "2.2: leaving subnet a, rule 50 denies."),
           NACL, 5432, 40000, src_ip="10.0.1.10", dst_ip="10.0.2.10")
    s.case("in", b1, a1, "tcp", blocked("forward", acl, "50", ACL_RA, "2.2: entering subnet a, rule 50 denies."),
           NACL, 5432, 40000, src_ip="10.0.2.10", dst_ip="10.0.1.10")
    return s


@scenario
def s43():
    s = Scenario(43, "default-nacl-vs-new-custom", "Default NACL (allow all) next to a newly created custom NACL (only the * rules)")
    v = one_vpc(s)
    sa = s.subnet(v, "a", "10.0.1.0/24")
    sb = s.subnet(v, "b", "10.0.2.0/24")
    sc = s.subnet(v, "c", "10.0.3.0/24")
    s.route_table(v, "rtb-private", [], [sa, sb, sc])
    acl_b = s.nacl(v, "new-nacl", [], [sb])
    acl_def = s.acls[0]["NetworkAclId"]
    g = s.sg(v, "svc", "svc", "svc", [tcp_in(443, "10.0.0.0/16")])
    a1 = s.instance(sa, "a-1", "10.0.1.10", [g])
    b1 = s.instance(sb, "b-1", "10.0.2.10", [g])
    b2 = s.instance(sb, "b-2", "10.0.2.11", [g])
    c1 = s.instance(sc, "c-1", "10.0.3.10", [g])
    s.case("default", a1, c1, "tcp", ok("2.2 [NACL]: the default NACL allows all in both directions.", fwd=[g, acl_def, acl_def, g]),
           NACL, 443, 40000, src_ip="10.0.1.10", dst_ip="10.0.3.10")
    s.case("into-new", a1, b1, "tcp", blocked("forward", acl_b, "*", ACL_RA,
           "2.2 / misconception 5: a new custom NACL denies everything until rules are added."),
           NACL, 443, 40000, src_ip="10.0.1.10", dst_ip="10.0.2.10")
    s.case("out-of-new", b1, a1, "tcp", blocked("forward", acl_b, "*", ACL_RA, "2.2: its outbound list denies too."),
           NACL, 443, 40000, src_ip="10.0.2.10", dst_ip="10.0.1.10")
    s.case("inside-new", b1, b2, "tcp", ok("2.2: same subnet, no NACL."),
           NACL, 443, 40000, src_ip="10.0.2.10", dst_ip="10.0.2.11")
    return s


@scenario
def s44():
    s = Scenario(44, "sg-union-only", "Instance with three SGs: neither alone admits the flow that their union admits")
    v = one_vpc(s)
    sa = s.subnet(v, "a", "10.0.1.0/24")
    sb = s.subnet(v, "b", "10.0.2.0/24")
    sc = s.subnet(v, "c", "10.0.3.0/24")
    s.route_table(v, "rtb-private", [], [sa, sb, sc])
    client = s.sg(v, "client", "client", "client", [tcp_in(443, "10.0.0.0/16")])
    x = s.sg(v, "svc-x", "svc-x", "svc-x", [tcp_in(8080, "10.0.1.0/24")], [])
    y = s.sg(v, "svc-y", "svc-y", "svc-y", [perm("tcp", (8000, 8999), cidrs=["10.0.3.0/24"])], [])
    z = s.sg(v, "svc-z", "svc-z", "svc-z", [], [perm("tcp", (443, 443), cidrs=["10.0.0.0/16"])])
    a1 = s.instance(sa, "a-1", "10.0.1.10", [client])
    c1 = s.instance(sc, "c-1", "10.0.3.10", [client])
    b1 = s.instance(sb, "svc-1", "10.0.2.10", [x, y, z])
    eni = next(k for k, n in s.names.items() if n == "svc-1-eni")
    s.case("x", a1, b1, "tcp", ok("2.1 [SGR]: svc-x admits 8080 from subnet a.", fwd=[client, eni], ret=[eni, client]),
           SGR, 8080, 40000, src_ip="10.0.1.10", dst_ip="10.0.2.10")
    s.case("y", c1, b1, "tcp", ok("2.1 [SGR]: svc-y admits 8443 from subnet c."),
           SGR, 8443, 40000, src_ip="10.0.3.10", dst_ip="10.0.2.10")
    s.case("none", a1, b1, "tcp", blocked("forward", eni, *SG_MISS,
           "2.1 / README: svc-x has the source but not the port, svc-y the port but not the source; the aggregated set denies, named by the ENI."),
           SGR, 8443, 40000, src_ip="10.0.1.10", dst_ip="10.0.2.10")
    s.case("egress", b1, a1, "tcp", blocked("forward", eni, *SG_MISS,
           "2.1: the only outbound rule of the three groups is 443; 22 is not allowed out."),
           SGR, 22, 40000, src_ip="10.0.2.10", dst_ip="10.0.1.10")
    s.case("egress-443", b1, a1, "tcp", ok("2.1: svc-z's outbound 443 serves all three groups."),
           SGR, 443, 40000, src_ip="10.0.2.10", dst_ip="10.0.1.10")
    return s


@scenario
def s45():
    s = Scenario(45, "sg-zero-outbound-initiating", "DB SG with no outbound rules: answers, but cannot initiate")
    v = one_vpc(s)
    sa = s.subnet(v, "app-a", "10.0.1.0/24")
    sd = s.subnet(v, "db-a", "10.0.2.0/24")
    s.route_table(v, "rtb-private", [], [sa, sd])
    app = s.sg(v, "app", "app", "app", [tcp_in(22, "10.0.0.0/16"), perm("icmp", (-1, -1), cidrs=["10.0.0.0/16"])])
    db = s.sg(v, "db", "db", "db", [tcp_in(5432, "10.0.1.0/24")], [])
    a1 = s.instance(sa, "app-1", "10.0.1.10", [app])
    d1 = s.instance(sd, "db-1", "10.0.2.45", [db])
    s.case("answer", a1, d1, "tcp", ok("2.1 [CT] / misconception 2: replies leave regardless of outbound rules."),
           CT, 5432, 40000, src_ip="10.0.1.10", dst_ip="10.0.2.45")
    s.case("initiate", d1, a1, "tcp", blocked("forward", db, *SG_MISS,
           "2.1 [SGR]: an SG with no outbound rules blocks every flow the instance initiates.", fwd=[db]),
           SGR, 22, 40000, src_ip="10.0.2.45", dst_ip="10.0.1.10")
    s.case("ping", d1, a1, "icmp", blocked("forward", db, *SG_MISS, "2.1: ICMP too."),
           SGR, icmp=(8, 0), src_ip="10.0.2.45", dst_ip="10.0.1.10")
    return s


@scenario
def s46():
    s = Scenario(46, "interface-endpoint-two-azs", "Interface endpoint with one ENI per AZ; the AZ b endpoint subnet's NACL admits only subnet app-b")
    v = one_vpc(s)
    aa = s.subnet(v, "app-a", "10.0.1.0/24")
    ab = s.subnet(v, "app-b", "10.0.11.0/24", az="us-east-1b")
    ea = s.subnet(v, "endpoints-a", "10.0.2.0/24")
    eb = s.subnet(v, "endpoints-b", "10.0.12.0/24", az="us-east-1b")
    rtb = s.route_table(v, "rtb-private", [], [aa, ab, ea, eb])
    acl_eb = s.nacl(v, "endpoints-b-nacl", [entry(100, False, "tcp", "allow", "10.0.11.0/24", (443, 443)),
                                            entry(100, True, "tcp", "allow", "10.0.0.0/16", (1024, 65535))], [eb])
    acl_def = s.acls[0]["NetworkAclId"]
    app = s.sg(v, "app", "app", "app")
    ep = s.sg(v, "sqs-endpoint", "sqs-endpoint", "sqs-endpoint", [tcp_in(443, "10.0.0.0/16")])
    vpce, (eni_a, eni_b) = s.interface_endpoint(v, "sqs-endpoint", "sqs", [(ea, "10.0.2.100"), (eb, "10.0.12.100")], [ep])
    a1 = s.instance(aa, "app-a-1", "10.0.1.10", [app])
    b1 = s.instance(ab, "app-b-1", "10.0.11.10", [app])
    s.case("a", a1, vpce, "tcp", ok("3.H [IFE]: the AZ a endpoint ENI behaves like any ENI: default NACL, its SG admits 443.",
                                    fwd=[app, acl_def, rtb, acl_def, ep], ret=[ep, acl_def, rtb, acl_def, app]),
           "https://repost.aws/knowledge-center/security-network-acl-vpc-endpoint", 443, 40000,
           src_ip="10.0.1.10", dst_ip="10.0.2.100")
    s.case("b", a1, vpce, "tcp", blocked("forward", acl_eb, "*", ACL_RA,
           "3.H [IFE]: the AZ b ENI inherits its subnet's NACL, which admits 443 only from app-b."),
           "https://repost.aws/knowledge-center/security-network-acl-vpc-endpoint", 443, 40000,
           src_ip="10.0.1.10", dst_ip="10.0.12.100")
    s.case("c", b1, vpce, "tcp", ok("3.H: from app-b the AZ b ENI is reachable; rule 100 outbound returns 1024-65535.",
                                    fwd=[app, acl_def, rtb, acl_eb, ep], ret=[ep, acl_eb, rtb, acl_def, app]),
           "https://repost.aws/knowledge-center/security-network-acl-vpc-endpoint", 443, 40000,
           src_ip="10.0.11.10", dst_ip="10.0.12.100")
    return s


@scenario
def s47():
    s = Scenario(47, "multi-homed-instance", "Instance with a second ENI in a management subnet: each ENI has its own SG and subnet NACL")
    v = one_vpc(s)
    sa = s.subnet(v, "app-a", "10.0.1.0/24")
    sm = s.subnet(v, "mgmt-a", "10.0.9.0/24")
    so = s.subnet(v, "ops-a", "10.0.3.0/24")
    rtb = s.route_table(v, "rtb-private", [], [sa, sm, so])
    acl_m = s.nacl(v, "mgmt-nacl", [entry(100, False, "-1", "allow", "10.0.0.0/16"),
                                    entry(100, True, "-1", "allow", "10.0.9.0/24")], [sm])
    app = s.sg(v, "app", "app", "app", [tcp_in(22, "10.0.0.0/16")])
    mgmt = s.sg(v, "mgmt", "mgmt", "mgmt", [tcp_in(22, "10.0.9.0/24")])
    ops = s.sg(v, "ops", "ops", "ops", [tcp_in(443, "10.0.0.0/16")])
    i1 = s.instance(sa, "app-1", "10.0.1.20", [app])
    s.add_eni(i1, sm, "10.0.9.20", [mgmt], "app-1-mgmt-eni")
    o1 = s.instance(so, "ops-1", "10.0.3.10", [ops])
    acl_def = s.acls[0]["NetworkAclId"]
    s.case("eth0", o1, i1, "tcp", ok("2.1: to the primary ENI's address, SG app admits 22 from the VPC.", fwd=[ops, acl_def, rtb, acl_def, app]),
           SGR, 22, 40000, src_ip="10.0.3.10", dst_ip="10.0.1.20")
    s.case("eth1", o1, i1, "tcp", blocked("forward", mgmt, *SG_MISS,
           "2.1: to the second ENI's address the packet meets that ENI's SG mgmt (22 only from 10.0.9.0/24).",
           fwd=[ops, acl_def, rtb, acl_m, mgmt]),
           SGR, 22, 40000, src_ip="10.0.3.10", dst_ip="10.0.9.20")
    s.case("from-eth1", i1, o1, "tcp", blocked("forward", acl_m, "*", ACL_RA,
           "2.2: leaving from the second ENI's address the packet crosses the mgmt subnet's NACL, whose outbound list covers only 10.0.9.0/24.",
           fwd=[mgmt, acl_m]),
           NACL, 443, 40000, src_ip="10.0.9.20", dst_ip="10.0.3.10")
    return s


@scenario
def s48():
    s = Scenario(48, "rds-eni-resolution", "Two RDS instances share DB subnets; each is reached through its own RDSNetworkInterface")
    v = one_vpc(s)
    web_s = s.subnet(v, "web-a", "10.0.1.0/24")
    da = s.subnet(v, "db-a", "10.0.2.0/24")
    db_b = s.subnet(v, "db-b", "10.0.12.0/24", az="us-east-1b")
    rtb = s.route_table(v, "rtb-private", [], [web_s, da, db_b])
    acl_a = s.nacl(v, "db-a-nacl", [entry(100, False, "tcp", "allow", "10.0.1.0/24", (5432, 5432)),
                                    entry(100, True, "tcp", "allow", "10.0.1.0/24", (1024, 65535))], [da])
    acl_b = s.nacl(v, "db-b-nacl", [entry(100, False, "tcp", "allow", "10.0.1.0/24", (3306, 3306)),
                                    entry(100, True, "tcp", "allow", "10.0.1.0/24", (1024, 65535))], [db_b])
    web = s.sg(v, "web", "web", "web")
    orders = s.sg(v, "orders-db", "orders-db", "orders-db", [tcp_in(3306, groups=[web])])
    users = s.sg(v, "users-db", "users-db", "users-db", [tcp_in(5432, groups=[web]), tcp_in(3306, groups=[web])])
    w1 = s.instance(web_s, "web-1", "10.0.1.10", [web])
    s.rds("users-db", "postgres", 5432, [da, db_b], da, "10.0.2.45", [users])
    s.rds("orders-db", "mysql", 3306, [da, db_b], db_b, "10.0.12.45", [orders])
    s.case("orders", w1, "orders-db", "tcp", ok("README RDS convention: orders-db lives in us-east-1b, its ENI is in db-b (rule 100 admits 3306).",
                                                fwd=[web, rtb, acl_b, orders], ret=[orders, acl_b, rtb, web]),
           SGR, 3306, 40000, src_ip="10.0.1.10", dst_ip="10.0.12.45")
    s.case("users-3306", w1, "users-db", "tcp", blocked("forward", acl_a, "*", ACL_RA,
           "2.2: users-db's ENI is in db-a, whose NACL admits only 5432; its SG would allow 3306."),
           NACL, 3306, 40000, src_ip="10.0.1.10", dst_ip="10.0.2.45")
    s.case("users-5432", w1, "users-db", "tcp", ok("2.1 / 2.2: 5432 passes db-a's NACL and the users-db SG reference to web.",
                                                   fwd=[web, rtb, acl_a, users]),
           SGR, 5432, 40000, src_ip="10.0.1.10", dst_ip="10.0.2.45")
    return s


@scenario
def s49():
    s = Scenario(49, "peering-secondary-cidr", "Peer VPC with a secondary CIDR (100.64.0.0/16); A routes 100.64.0.0/10 to the peering")
    a = s.vpc("app", "10.0.0.0/16")
    b = s.vpc("data", "10.1.0.0/16", secondary=["100.64.0.0/16"])
    sa = s.subnet(a, "app-a", "10.0.1.0/24")
    sb = s.subnet(b, "data-secondary", "100.64.1.0/24")
    pcx = s.peering(a, b, "app-to-data")
    ra = s.route_table(a, "rtb-app", [("v4", "10.1.0.0/16", "pcx", pcx), ("v4", "100.64.0.0/10", "pcx", pcx)], [sa])
    rb = s.route_table(b, "rtb-data", [("v4", "10.0.0.0/16", "pcx", pcx)], [sb])
    asg = s.sg(a, "app", "app", "app")
    bsg = s.sg(b, "db", "db", "db", [tcp_in(5432, "10.0.0.0/16")])
    a1 = s.instance(sa, "app-1", "10.0.1.20", [asg])
    b1 = s.instance(sb, "db-1", "100.64.1.20", [bsg])
    s.case("a", a1, b1, "tcp", ok("2.4 [PCX]: the peering carries packets for any CIDR of the peer VPC, secondary ones included.",
                                  fwd=[asg, ra, pcx, bsg], ret=[bsg, rb, pcx, asg]),
           PCX_RT, 5432, 40000, src_ip="10.0.1.20", dst_ip="100.64.1.20")
    s.case("b", a1, "100.100.0.5", "tcp", blocked("forward", pcx, "destination-not-in-peer-cidr", "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR",
           "2.4 [RA]: 100.100.0.5 matches 100.64.0.0/10 -> pcx but is in neither of the peer VPC's CIDRs."),
           RA, 5432, 40000, src_ip="10.0.1.20", dst_ip="100.100.0.5")
    return s


@scenario
def s50():
    s = Scenario(50, "interface-endpoint-from-peered-vpc", "Interface endpoint ENI reached from a peered VPC, unlike a gateway endpoint")
    a = s.vpc("shared", "10.0.0.0/16")
    b = s.vpc("partner", "10.1.0.0/16")
    ea = s.subnet(a, "endpoints-a", "10.0.2.0/24")
    sb = s.subnet(b, "partner-a", "10.1.1.0/24")
    pcx = s.peering(a, b, "shared-to-partner")
    ra = s.route_table(a, "rtb-shared", [("v4", "10.1.0.0/16", "pcx", pcx)], [ea])
    rb = s.route_table(b, "rtb-partner", [("v4", "10.0.0.0/16", "pcx", pcx)], [sb])
    psg = s.sg(b, "partner", "partner", "partner")
    ep = s.sg(a, "sqs-endpoint", "sqs-endpoint", "sqs-endpoint", [tcp_in(443, "10.0.0.0/16", "10.1.0.0/16")])
    vpce, _ = s.interface_endpoint(a, "sqs-endpoint", "sqs", [(ea, "10.0.2.100")], [ep])
    b1 = s.instance(sb, "partner-1", "10.1.1.20", [psg])
    s.case("a", b1, vpce, "tcp", ok("3.H with 3.F: an interface endpoint is an ENI in the peer VPC's CIDR, so the peering delivers to it (only gateway endpoints are excluded [PCX]).",
                                    basis="derived", fwd=[psg, rb, pcx, ep], ret=[ep, ra, pcx, psg]),
           "https://repost.aws/knowledge-center/security-network-acl-vpc-endpoint", 443, 40000,
           src_ip="10.1.1.20", dst_ip="10.0.2.100")
    s.case("b", b1, vpce, "tcp", blocked("forward", ep, *SG_MISS, "2.1: the endpoint SG admits 443 only."),
           SGR, 80, 40000, src_ip="10.1.1.20", dst_ip="10.0.2.100")
    return s


@scenario
def s51():
    s = Scenario(51, "icmpv6-echo-nacl", "IPv6 ping through an egress-only gateway: ICMPv6 (58) types 128/129 versus an ICMPv4 rule")
    v = one_vpc(s, ipv6="2600:1f18:51:ab00::/56")
    sa = s.subnet(v, "a", "10.0.1.0/24", ipv6="2600:1f18:51:ab01::/64")
    sb = s.subnet(v, "b", "10.0.2.0/24", ipv6="2600:1f18:51:ab02::/64")
    eigw = s.eigw(v, "prod-eigw")
    rtb = s.route_table(v, "rtb-private", [("v6", "::/0", "eigw", eigw)], [sa, sb])
    acl_a = s.nacl(v, "icmpv6-nacl", [entry(100, True, "58", "allow", "::/0", icmp=(128, -1)),
                                      entry(100, False, "58", "allow", "::/0", icmp=(129, -1))], [sa], ipv6_star=True)
    acl_b = s.nacl(v, "icmpv4-nacl", [entry(100, True, "58", "allow", "::/0", icmp=(128, -1)),
                                      entry(100, False, "icmp", "allow", "::/0", icmp=(-1, -1))], [sb], ipv6_star=True)
    g = s.sg(v, "app", "app", "app", [], [perm("-1", cidrs=[ALL4], cidrs6=["::/0"])])
    a1 = s.instance(sa, "a-1", "10.0.1.10", [g], ipv6="2600:1f18:51:ab01::10")
    b1 = s.instance(sb, "b-1", "10.0.2.10", [g], ipv6="2600:1f18:51:ab02::10")
    s.case("a", a1, INTERNET6, "icmpv6", ok("2.2 / 2.4 [EIGW]: echo request 128 out, echo reply 129 in, both ICMPv6 rules.",
                                            fwd=[g, acl_a, rtb, eigw], ret=[eigw, acl_a, g]),
           EIGW, icmp=(128, 0), ipv6=True, src_ip="2600:1f18:51:ab01::10", dst_ip=INTERNET6)
    s.case("b", b1, INTERNET6, "icmp", blocked("return", acl_b, "*", ACL_RA,
           "2.2 / misconception 11: the inbound rule is ICMP for IPv4 (protocol 1); the ICMPv6 echo reply (58, type 129) reaches the IPv6 * rule.",
           basis="derived"),
           NACL, icmp=(128, 0), ipv6=True, src_ip="2600:1f18:51:ab02::10", dst_ip=INTERNET6)
    return s


@scenario
def s52():
    s = Scenario(52, "dynamodb-gateway-endpoint", "DynamoDB gateway endpoint on one route table; the other private subnet still goes through the NAT")
    n = nat_vpc(s)
    p2 = s.subnet(n["v"], "private-b", "10.0.3.0/24", az="us-east-1b")
    r2 = s.route_table(n["v"], "rtb-private-b", [("v4", ALL4, "nat", n["nat"])], [p2])
    vpce = s.s3_gateway_endpoint(n["v"], "dynamodb-endpoint", [n["rtb_priv"]], service="dynamodb")
    app2 = s.instance(p2, "app-2", "10.0.3.20", [n["app"]])
    s.case("endpoint", n["app1"], "dynamodb", "tcp", ok("3.G [GWE]: the DynamoDB prefix list route beats 0/0 -> nat.",
                                                         fwd=[n["app"], n["rtb_priv"], vpce], ret=[vpce, n["app"]]),
           GWE, 443, 40000, src_ip="10.0.2.20", dst_ip="52.94.0.10")
    s.case("no-endpoint-route", app2, "dynamodb", "tcp", ok("2.3 [GWE]: the endpoint only serves the route tables it is associated with; private-b reaches DynamoDB through the NAT.",
                                                            fwd=[n["app"], r2, n["nat"], n["igw"]]),
           GWE, 443, 40000, src_ip="10.0.3.20", dst_ip="52.94.0.10")
    s.case("udp", n["app1"], "dynamodb", "udp", blocked("forward", vpce, "protocol-not-supported", "VPCE_GATEWAY_PROTOCOL_RESTRICTION",
           "2.4 [RA]: gateway endpoints accept only TCP or ICMP echo.", basis="derived"),
           RA, 443, 40000, src_ip="10.0.2.20", dst_ip="52.94.0.10")
    return s


@scenario
def s53():
    s = Scenario(53, "sg-allows-nat-elastic-ip", "api SG admits 443 only from the NAT gateway's Elastic IP: hairpin through NAT and IGW")
    n = nat_vpc(s)
    api = s.sg(n["v"], "api", "api", "api", [tcp_in(443, "198.51.100.50/32")])
    api1 = s.instance(n["pub"], "api-1", "10.0.1.30", [api], public_ip="198.51.100.31")
    s.case("via-nat", n["app1"], api1, "tcp", ok("2.4 [NAT][IGW]: to the public IP the packet leaves via the NAT and the IGW with source 198.51.100.50 and comes back in through the IGW; the reply retraces IGW, NAT, app-1.",
                                                 basis="derived",
                                                 fwd=[n["app"], n["rtb_priv"], n["nat"], n["rtb_pub"], n["igw"], n["igw"], api],
                                                 ret=[api, n["rtb_pub"], n["igw"], n["igw"], n["nat"], n["app"]]),
           NAT, 443, 40000, src_ip="10.0.2.20", dst_ip="198.51.100.31")
    s.case("private", n["app1"], api1, "tcp", blocked("forward", api, *SG_MISS,
           "2.1: by the private address the source stays 10.0.2.20, which the /32 of the Elastic IP does not cover."),
           SGR, 443, 40000, src_ip="10.0.2.20", dst_ip="10.0.1.30")
    return s


@scenario
def s54():
    s = Scenario(54, "peering-reply-via-wrong-peering", "B peers with A and C; B routes A's CIDR to the B-C peering, so replies to A go astray")
    a = s.vpc("app", "10.0.0.0/16")
    b = s.vpc("data", "10.1.0.0/16")
    c = s.vpc("analytics", "10.2.0.0/16")
    sa = s.subnet(a, "app-a", "10.0.1.0/24")
    sb = s.subnet(b, "data-a", "10.1.2.0/24")
    sc = s.subnet(c, "analytics-a", "10.2.1.0/24")
    ab = s.peering(a, b, "app-to-data")
    bc = s.peering(b, c, "data-to-analytics")
    ra = s.route_table(a, "rtb-app", [("v4", "10.1.0.0/16", "pcx", ab)], [sa])
    rb = s.route_table(b, "rtb-data", [("v4", "10.0.0.0/16", "pcx", bc), ("v4", "10.2.0.0/16", "pcx", bc)], [sb])
    s.route_table(c, "rtb-analytics", [("v4", "10.1.0.0/16", "pcx", bc)], [sc])
    asg = s.sg(a, "app", "app", "app")
    csg = s.sg(c, "analytics", "analytics", "analytics")
    bsg = s.sg(b, "db", "db", "db", [tcp_in(5432, "10.0.0.0/16", "10.2.0.0/16")])
    a1 = s.instance(sa, "app-1", "10.0.1.20", [asg])
    c1 = s.instance(sc, "analytics-1", "10.2.1.20", [csg])
    b1 = s.instance(sb, "db-1", "10.1.2.30", [bsg])
    s.case("a", a1, b1, "tcp", blocked("return", bc, "destination-not-in-peer-cidr", "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR",
           "3.F / misconception 9: the request arrives over app-to-data; the reply is routed to data-to-analytics, whose peer CIDR does not hold 10.0.1.20 (no uRPF, but no delivery either).",
           ret=[bsg, rb, bc]),
           PCX_RT, 5432, 40000, src_ip="10.0.1.20", dst_ip="10.1.2.30")
    s.case("c", c1, b1, "tcp", ok("3.F: analytics has routes both ways."),
           PCX_RT, 5432, 40000, src_ip="10.2.1.20", dst_ip="10.1.2.30")
    return s


@scenario
def s55():
    s = Scenario(55, "nat-protocols-and-deleted-nat", "NAT gateway translates TCP, UDP and ICMP only; a second subnet still routes to a deleted NAT")
    n = nat_vpc(s)
    p2 = s.subnet(n["v"], "private-b", "10.0.3.0/24", az="us-east-1b")
    gone = s.nat(n["pub"], "nat-old", "10.0.1.101", "198.51.100.51")
    s.nats[-1]["State"] = "deleted"
    s.nats[-1]["DeleteTime"] = "2024-05-20T10:00:00+00:00"
    s.enis = [e for e in s.enis if e.get("Description") != "Interface for NAT Gateway " + gone]
    r2 = s.route_table(n["v"], "rtb-private-b", [("v4", ALL4, "nat", gone, "blackhole")], [p2])
    app2 = s.instance(p2, "app-2", "10.0.3.20", [n["app"]])
    s.case("gre", n["app1"], INTERNET, "-1", blocked("forward", n["nat"], "protocol-not-supported", None,
           "2.4 [NAT]: a NAT gateway supports TCP, UDP and ICMP; GRE (47) is dropped.", basis="derived",
           fwd=[n["app"], n["rtb_priv"], n["acl_pub"], n["nat"]]),
           NAT, protocol_number=47, src_ip="10.0.2.20", dst_ip=INTERNET)
    s.case("deleted", app2, INTERNET, "tcp", blocked("forward", r2, "blackhole", "BAD_STATE_ROUTE",
           "2.3 [NAT]: the route's NAT gateway is deleted, so the route is a blackhole."),
           RT, 443, 40000, src_ip="10.0.3.20", dst_ip=INTERNET)
    s.case("icmp", n["app1"], INTERNET, "icmp", ok("2.4 [NAT]: ICMP echo is translated."),
           NAT, icmp=(8, 0), src_ip="10.0.2.20", dst_ip=INTERNET)
    return s


def main():
    root = os.path.dirname(os.path.abspath(__file__))
    index, names = [], {}
    for fn in SCENARIOS:
        s = fn()
        s.write(root)
        folder = "%02d-%s" % (s.num, s.slug)
        index.append({"scenario": folder, "title": s.title, "cases": len(s.cases)})
        names[folder] = s.names
    dump(os.path.join(root, "index.json"), index)
    dump(os.path.join(root, "names.json"), names)
    print("%d scenarios, %d cases" % (len(index), sum(i["cases"] for i in index)))


if __name__ == "__main__":
    main()
