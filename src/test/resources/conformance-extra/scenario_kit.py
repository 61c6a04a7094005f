"""Builds conformance scenarios in the exact layout of ../shared/conformance (AWS CLI describe-* JSON
plus cases.json). Each scenario script in scenarios.py describes its network in a few calls; this
kit expands that into the verbose shapes `aws ec2 describe-* --output json` prints, with ids that
are valid-looking, unique within the scenario and start with the scenario number.

Run: python3 scenarios.py   (from this directory; rewrites every NN-*/ folder, index.json, names.json)
"""
import json
import os

ACCOUNT = "111122223333"
TIME = "2024-05-14T09:12:44+00:00"
S3_PL = "pl-63a5400a"
S3_CIDRS = ["3.5.0.0/19", "16.182.0.0/16", "18.34.0.0/19", "52.216.0.0/15", "54.231.0.0/16"]
DDB_PL = "pl-02cd2c6b"
DDB_CIDRS = ["3.218.180.0/22", "3.218.184.0/22", "52.94.0.0/22", "52.119.224.0/20"]
SERVICES = {"s3": (S3_PL, S3_CIDRS), "dynamodb": (DDB_PL, DDB_CIDRS)}
PROTO_NUM = {"tcp": "6", "udp": "17", "icmp": "1", "icmpv6": "58", "-1": "-1"}


def tags(name):
    return [{"Key": "Name", "Value": name}] if name else []


class Scenario:
    def __init__(self, num, slug, title):
        self.num, self.slug, self.title = num, slug, title
        self.counter = 0
        self.vpcs, self.subnets, self.rtbs, self.acls, self.sgs = [], [], [], [], []
        self.igws, self.eigws, self.nats, self.vpces, self.pcxs = [], [], [], [], []
        self.enis, self.reservations, self.dbs = [], [], []
        self.prefix_lists = False
        self.names = {}
        self.cases = []
        self._vpc_default_acl, self._vpc_main_rtb, self._subnet_vpc = {}, {}, {}
        self._subnet_ipv6 = {}

    # ---- ids -------------------------------------------------------------------------------
    def id(self, prefix, name=None):
        self.counter += 1
        rid = "%s-%02d%015x" % (prefix, self.num, self.counter)
        if name:
            self.names[rid] = name
        return rid

    # ---- network ---------------------------------------------------------------------------
    def vpc(self, name, cidr, ipv6=None, secondary=()):
        vid = self.id("vpc", name)
        v = {"CidrBlock": cidr, "DhcpOptionsId": self.id("dopt"), "State": "available", "VpcId": vid,
             "OwnerId": ACCOUNT, "InstanceTenancy": "default",
             "CidrBlockAssociationSet": [{"AssociationId": self.id("vpc-cidr-assoc"), "CidrBlock": cidr,
                                          "CidrBlockState": {"State": "associated"}}] + [
                 {"AssociationId": self.id("vpc-cidr-assoc"), "CidrBlock": c, "CidrBlockState": {"State": "associated"}}
                 for c in secondary],
             "IsDefault": False, "Tags": tags(name)}
        if ipv6:
            v["Ipv6CidrBlockAssociationSet"] = [{"AssociationId": self.id("vpc-cidr-assoc"), "Ipv6CidrBlock": ipv6,
                                                 "Ipv6CidrBlockState": {"State": "associated"},
                                                 "NetworkBorderGroup": "us-east-1", "Ipv6Pool": "Amazon"}]
        self.vpcs.append(v)
        entries = [entry(100, e, "-1", "allow", "0.0.0.0/0") for e in (True, False)]
        entries += [entry(32767, e, "-1", "deny", "0.0.0.0/0") for e in (True, False)]
        if ipv6:
            entries += [entry(101, e, "-1", "allow", "::/0") for e in (True, False)]
            entries += [entry(32768, e, "-1", "deny", "::/0") for e in (True, False)]
        acl = self._acl(vid, name + "-default-nacl", entries, True)
        self._vpc_default_acl[vid] = acl
        self.sg(vid, None, "default", "default VPC security group",
                inbound=[perm("-1", groups=["__self__"])], outbound=[perm("-1", cidrs=["0.0.0.0/0"])])
        self._main_cidrs = getattr(self, "_main_cidrs", {})
        self._main_cidrs[vid] = (cidr, ipv6)
        self._secondary = getattr(self, "_secondary", {})
        self._secondary[vid] = list(secondary)
        rtb = self.route_table(vid, name + "-main", [], main=True)
        self._vpc_main_rtb[vid] = rtb
        return vid

    def subnet(self, vpc, name, cidr, az="us-east-1a", ipv6=None):
        sid = self.id("subnet", name)
        s = {"AvailabilityZone": az, "AvailabilityZoneId": "use1-az1" if az.endswith("a") else "use1-az2",
             "AvailableIpAddressCount": 249, "CidrBlock": cidr, "DefaultForAz": False,
             "MapPublicIpOnLaunch": False, "MapCustomerOwnedIpOnLaunch": False, "State": "available",
             "SubnetId": sid, "VpcId": vpc, "OwnerId": ACCOUNT, "AssignIpv6AddressOnCreation": False,
             "Ipv6CidrBlockAssociationSet": [], "Tags": tags(name),
             "SubnetArn": "arn:aws:ec2:us-east-1:%s:subnet/%s" % (ACCOUNT, sid),
             "EnableDns64": False, "Ipv6Native": False,
             "PrivateDnsNameOptionsOnLaunch": {"HostnameType": "ip-name", "EnableResourceNameDnsARecord": False,
                                               "EnableResourceNameDnsAAAARecord": False}}
        if ipv6:
            s["Ipv6CidrBlockAssociationSet"] = [{"AssociationId": self.id("subnet-cidr-assoc"), "Ipv6CidrBlock": ipv6,
                                                 "Ipv6CidrBlockState": {"State": "associated"}}]
        self.subnets.append(s)
        self._subnet_vpc[sid] = vpc
        self._vpc_default_acl[vpc]["Associations"].append(
            {"NetworkAclAssociationId": self.id("aclassoc"), "NetworkAclId": self._vpc_default_acl[vpc]["NetworkAclId"],
             "SubnetId": sid})
        return sid

    def igw(self, vpc, name):
        gid = self.id("igw", name)
        self.igws.append({"Attachments": [{"State": "available", "VpcId": vpc}], "InternetGatewayId": gid,
                          "OwnerId": ACCOUNT, "Tags": tags(name)})
        return gid

    def eigw(self, vpc, name):
        gid = self.id("eigw", name)
        self.eigws.append({"Attachments": [{"State": "attached", "VpcId": vpc}], "EgressOnlyInternetGatewayId": gid,
                           "Tags": tags(name)})
        return gid

    def route_table(self, vpc, name, routes, subnets=(), main=False):
        rid = self.id("rtb", name)
        cidr, ipv6 = self._main_cidrs[vpc]
        rs = [{"DestinationCidrBlock": c, "GatewayId": "local", "Origin": "CreateRouteTable", "State": "active"}
              for c in [cidr] + self._secondary.get(vpc, [])]
        if ipv6:
            rs.append({"DestinationIpv6CidrBlock": ipv6, "GatewayId": "local", "Origin": "CreateRouteTable",
                       "State": "active"})
        for r in routes:
            rs.append(route(*r))
        assoc = []
        if main:
            assoc.append({"Main": True, "RouteTableAssociationId": self.id("rtbassoc"), "RouteTableId": rid,
                          "AssociationState": {"State": "associated"}})
        for s in subnets:
            assoc.append({"Main": False, "RouteTableAssociationId": self.id("rtbassoc"), "RouteTableId": rid,
                          "SubnetId": s, "AssociationState": {"State": "associated"}})
        self.rtbs.append({"Associations": assoc, "PropagatingVgws": [], "RouteTableId": rid, "Routes": rs,
                          "Tags": tags(name), "VpcId": vpc, "OwnerId": ACCOUNT})
        return rid

    def add_routes(self, rtb, routes):
        for t in self.rtbs:
            if t["RouteTableId"] == rtb:
                t["Routes"] += [route(*r) for r in routes]

    def _acl(self, vpc, name, entries, default):
        aid = self.id("acl", name)
        acl = {"Associations": [], "Entries": entries, "IsDefault": default, "NetworkAclId": aid, "Tags": tags(name),
               "VpcId": vpc, "OwnerId": ACCOUNT}
        self.acls.append(acl)
        return acl

    def nacl(self, vpc, name, entries, subnets, ipv6_star=False):
        """A custom NACL; entries are kept in the given JSON order and the * rules appended."""
        es = list(entries) + [entry(32767, e, "-1", "deny", "0.0.0.0/0") for e in (True, False)]
        if ipv6_star:
            es += [entry(32768, e, "-1", "deny", "::/0") for e in (True, False)]
        acl = self._acl(vpc, name, es, False)
        for s in subnets:
            for other in self.acls:
                other["Associations"] = [a for a in other["Associations"] if a["SubnetId"] != s]
            acl["Associations"].append({"NetworkAclAssociationId": self.id("aclassoc"),
                                        "NetworkAclId": acl["NetworkAclId"], "SubnetId": s})
        return acl["NetworkAclId"]

    def sg(self, vpc, name, group_name, description, inbound=(), outbound=None):
        gid = self.id("sg", name or (group_name + "-sg"))
        if outbound is None:
            outbound = [perm("-1", cidrs=["0.0.0.0/0"])]

        def fix(perms):
            out = []
            for p in perms:
                p = json.loads(json.dumps(p))
                for pair in p["UserIdGroupPairs"]:
                    if pair["GroupId"] == "__self__":
                        pair["GroupId"] = gid
                out.append(p)
            return out
        self.sgs.append({"Description": description, "GroupName": group_name, "IpPermissions": fix(inbound),
                         "OwnerId": ACCOUNT, "GroupId": gid, "IpPermissionsEgress": fix(outbound),
                         "Tags": tags(name), "VpcId": vpc})
        return gid

    def nat(self, subnet, name, private_ip, public_ip):
        nid = self.id("nat", name)
        eni = self.id("eni", name + "-eni")
        alloc, assoc = self.id("eipalloc"), self.id("eipassoc")
        vpc = self._subnet_vpc[subnet]
        self.nats.append({"CreateTime": TIME, "NatGatewayAddresses": [
            {"AllocationId": alloc, "NetworkInterfaceId": eni, "PrivateIp": private_ip, "PublicIp": public_ip,
             "AssociationId": assoc, "IsPrimary": True, "Status": "succeeded"}],
            "NatGatewayId": nid, "State": "available", "SubnetId": subnet, "VpcId": vpc, "Tags": tags(name),
            "ConnectivityType": "public"})
        association = {"AllocationId": alloc, "AssociationId": assoc, "IpOwnerId": ACCOUNT,
                       "PublicDnsName": "ec2-%s.compute-1.amazonaws.com" % public_ip.replace(".", "-"),
                       "PublicIp": public_ip}
        self.enis.append({"Association": association,
                          "Attachment": {"AttachmentId": "ela-attach-%s" % nid[-8:], "DeleteOnTermination": False,
                                         "DeviceIndex": 1, "InstanceOwnerId": "amazon-aws", "Status": "attached"},
                          "AvailabilityZone": self._az(subnet), "Description": "Interface for NAT Gateway " + nid,
                          "Groups": [], "InterfaceType": "nat_gateway", "Ipv6Addresses": [],
                          "MacAddress": self._mac(), "NetworkInterfaceId": eni, "OwnerId": ACCOUNT,
                          "PrivateDnsName": dns(private_ip), "PrivateIpAddress": private_ip,
                          "PrivateIpAddresses": [{"Association": association, "Primary": True,
                                                  "PrivateDnsName": dns(private_ip), "PrivateIpAddress": private_ip}],
                          "RequesterId": "210987654321", "RequesterManaged": True, "SourceDestCheck": False,
                          "Status": "in-use", "SubnetId": subnet, "TagSet": [], "VpcId": vpc})
        return nid

    def s3_gateway_endpoint(self, vpc, name, rtbs, service="s3"):
        self.prefix_lists = True
        self.services = getattr(self, "services", set()) | {service}
        pl = SERVICES[service][0]
        vid = self.id("vpce", name)
        self.vpces.append({"VpcEndpointId": vid, "VpcEndpointType": "Gateway", "VpcId": vpc,
                           "ServiceName": "com.amazonaws.us-east-1." + service, "State": "available",
                           "PolicyDocument": "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                             "\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}",
                           "RouteTableIds": list(rtbs), "SubnetIds": [], "Groups": [], "IpAddressType": "ipv4",
                           "PrivateDnsEnabled": False, "RequesterManaged": False, "NetworkInterfaceIds": [],
                           "DnsEntries": [], "CreationTimestamp": "2024-05-14T09:20:03.000Z", "Tags": tags(name),
                           "OwnerId": ACCOUNT})
        for r in rtbs:
            self.add_routes(r, [("pl", pl, "vpce", vid)])
        return vid

    def peering(self, requester, accepter, name, status="active", accepter_region="us-east-1"):
        pid = self.id("pcx", name)

        def info(vpc, region):
            cidr = self._main_cidrs[vpc][0]
            return {"CidrBlock": cidr, "CidrBlockSet": [{"CidrBlock": c} for c in [cidr] + self._secondary[vpc]], "OwnerId": ACCOUNT, "VpcId": vpc,
                    "Region": region,
                    "PeeringOptions": {"AllowDnsResolutionFromRemoteVpc": False,
                                       "AllowEgressFromLocalClassicLinkToRemoteVpc": False,
                                       "AllowEgressFromLocalVpcToRemoteClassicLink": False}}
        messages = {"active": "Active", "pending-acceptance": "Pending Acceptance by " + ACCOUNT}
        self.pcxs.append({"AccepterVpcInfo": info(accepter, accepter_region),
                          "RequesterVpcInfo": info(requester, "us-east-1"),
                          "Status": {"Code": status, "Message": messages.get(status, status)},
                          "Tags": tags(name), "VpcPeeringConnectionId": pid})
        return pid

    # ---- workloads -------------------------------------------------------------------------
    def _az(self, subnet):
        return next(s["AvailabilityZone"] for s in self.subnets if s["SubnetId"] == subnet)

    def _mac(self):
        return "0e:%02x:00:00:%02x:%02x" % (self.num, (self.counter >> 8) & 0xff, self.counter & 0xff)

    def _eni_json(self, eni, subnet, ip, sg_ids, public_ip, ipv6, description, attachment, requester=None):
        vpc = self._subnet_vpc[subnet]
        groups = [{"GroupName": self._group_name(g), "GroupId": g} for g in sg_ids]
        association = None
        if public_ip:
            association = {"IpOwnerId": "amazon", "PublicDnsName": "ec2-%s.compute-1.amazonaws.com"
                           % public_ip.replace(".", "-"), "PublicIp": public_ip}
        primary = {"Primary": True, "PrivateDnsName": dns(ip), "PrivateIpAddress": ip}
        if association:
            primary = {"Association": association, **primary}
        j = {}
        if association:
            j["Association"] = association
        j.update({"Attachment": attachment, "AvailabilityZone": self._az(subnet), "Description": description,
                  "Groups": groups, "InterfaceType": "interface",
                  "Ipv6Addresses": [{"Ipv6Address": a, "IsPrimaryIpv6": False} for a in ([ipv6] if ipv6 else [])],
                  "MacAddress": self._mac(), "NetworkInterfaceId": eni, "OwnerId": ACCOUNT,
                  "PrivateDnsName": dns(ip), "PrivateIpAddress": ip, "PrivateIpAddresses": [primary]})
        if requester:
            j["RequesterId"] = requester
        j.update({"RequesterManaged": requester is not None, "SourceDestCheck": True, "Status": "in-use",
                  "SubnetId": subnet, "TagSet": [], "VpcId": vpc})
        return j

    def _group_name(self, gid):
        return next(g["GroupName"] for g in self.sgs if g["GroupId"] == gid)

    def instance(self, subnet, name, ip, sg_ids, public_ip=None, ipv6=None):
        iid = self.id("i", name)
        attach_id = self.id("eni-attach")
        eni = self.id("eni", name + "-eni")
        res = self.id("r")
        vpc = self._subnet_vpc[subnet]
        attachment = {"AttachTime": TIME, "AttachmentId": attach_id, "DeleteOnTermination": True, "DeviceIndex": 0,
                      "InstanceId": iid, "InstanceOwnerId": ACCOUNT, "Status": "attached", "NetworkCardIndex": 0}
        self.enis.append(self._eni_json(eni, subnet, ip, sg_ids, public_ip, ipv6, "", attachment))
        inst_eni = self._eni_json(eni, subnet, ip, sg_ids, public_ip, ipv6, "",
                                  {k: v for k, v in attachment.items() if k not in ("InstanceId", "InstanceOwnerId")})
        for k in ("AvailabilityZone", "RequesterManaged", "TagSet"):
            inst_eni.pop(k, None)
        inst_eni["InterfaceType"] = "interface"
        inst = {"AmiLaunchIndex": 0, "ImageId": "ami-0abcdef1234567890", "InstanceId": iid,
                "InstanceType": "t3.micro", "LaunchTime": TIME, "Monitoring": {"State": "disabled"},
                "Placement": {"AvailabilityZone": self._az(subnet), "GroupName": "", "Tenancy": "default"},
                "PrivateDnsName": dns(ip), "PrivateIpAddress": ip, "ProductCodes": [],
                "PublicDnsName": ("ec2-%s.compute-1.amazonaws.com" % public_ip.replace(".", "-")) if public_ip else ""}
        if public_ip:
            inst["PublicIpAddress"] = public_ip
        inst.update({"State": {"Code": 16, "Name": "running"}, "StateTransitionReason": "", "SubnetId": subnet,
                     "VpcId": vpc, "Architecture": "x86_64", "BlockDeviceMappings": [],
                     "ClientToken": "extra-%02d-%d" % (self.num, self.counter), "EbsOptimized": False,
                     "EnaSupport": True, "Hypervisor": "xen", "NetworkInterfaces": [inst_eni],
                     "RootDeviceName": "/dev/xvda", "RootDeviceType": "ebs",
                     "SecurityGroups": [{"GroupName": self._group_name(g), "GroupId": g} for g in sg_ids],
                     "SourceDestCheck": True, "Tags": tags(name), "VirtualizationType": "hvm",
                     "PlatformDetails": "Linux/UNIX"})
        if ipv6:
            inst["Ipv6Address"] = ipv6
        self.reservations.append({"Groups": [], "Instances": [inst], "OwnerId": ACCOUNT, "ReservationId": res})
        self.names[eni] = name + "-eni"
        return iid

    def add_eni(self, iid, subnet, ip, sg_ids, name, device_index=1):
        """A further interface attached to instance iid (a multi-homed instance)."""
        eni = self.id("eni", name)
        attachment = {"AttachTime": TIME, "AttachmentId": self.id("eni-attach"), "DeleteOnTermination": False,
                      "DeviceIndex": device_index, "InstanceId": iid, "InstanceOwnerId": ACCOUNT, "Status": "attached",
                      "NetworkCardIndex": 0}
        self.enis.append(self._eni_json(eni, subnet, ip, sg_ids, None, None, name, attachment))
        inst_eni = self._eni_json(eni, subnet, ip, sg_ids, None, None, name,
                                  {k: v for k, v in attachment.items() if k not in ("InstanceId", "InstanceOwnerId")})
        for k in ("AvailabilityZone", "RequesterManaged", "TagSet"):
            inst_eni.pop(k, None)
        for r in self.reservations:
            for i in r["Instances"]:
                if i["InstanceId"] == iid:
                    i["NetworkInterfaces"].append(inst_eni)
                    for g in sg_ids:
                        if all(x["GroupId"] != g for x in i["SecurityGroups"]):
                            i["SecurityGroups"].append({"GroupName": self._group_name(g), "GroupId": g})
        return eni

    def interface_endpoint(self, vpc, name, service, placements, sg_ids):
        """placements: (subnet, private ip) per Availability Zone."""
        vid = self.id("vpce", name)
        enis = []
        for subnet, ip in placements:
            eni = self.id("eni", name + "-eni")
            j = self._eni_json(eni, subnet, ip, sg_ids, None, None, "VPC Endpoint Interface " + vid, None, "210987654321")
            del j["Attachment"]
            j["InterfaceType"] = "vpc_endpoint"
            self.enis.append(j)
            enis.append(eni)
        self.vpces.append({"VpcEndpointId": vid, "VpcEndpointType": "Interface", "VpcId": vpc,
                           "ServiceName": "com.amazonaws.us-east-1." + service, "State": "available",
                           "PolicyDocument": "{\"Statement\":[{\"Action\":\"*\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Resource\":\"*\"}]}",
                           "RouteTableIds": [], "SubnetIds": [p[0] for p in placements],
                           "Groups": [{"GroupName": self._group_name(g), "GroupId": g} for g in sg_ids],
                           "IpAddressType": "ipv4", "DnsOptions": {"DnsRecordIpType": "ipv4"},
                           "PrivateDnsEnabled": True, "RequesterManaged": False, "NetworkInterfaceIds": enis,
                           "DnsEntries": [{"DnsName": "%s-a1b2c3d4.%s.us-east-1.vpce.amazonaws.com" % (vid, service),
                                           "HostedZoneId": "Z7HUB22UULQXV"}],
                           "CreationTimestamp": "2024-05-14T09:25:41.000Z", "Tags": tags(name), "OwnerId": ACCOUNT})
        return vid, enis

    def rds(self, identifier, engine, port, group_subnets, eni_subnet, ip, sg_ids):
        """An RDS instance and its RDSNetworkInterface in eni_subnet (whose AZ is the DB's AZ)."""
        vpc = self._subnet_vpc[eni_subnet]
        az = self._az(eni_subnet)
        eni = self.id("eni", identifier + "-eni")
        self.names[identifier] = identifier
        j = self._eni_json(eni, eni_subnet, ip, sg_ids, None, None, "RDSNetworkInterface",
                           {"AttachmentId": self.id("eni-attach"), "DeleteOnTermination": False, "DeviceIndex": 1,
                            "InstanceOwnerId": "amazon-rds", "Status": "attached"}, "amazon-rds")
        self.enis.append(j)
        self.dbs.append({"DBInstanceIdentifier": identifier, "DBInstanceClass": "db.t3.micro", "Engine": engine,
                         "DBInstanceStatus": "available", "MasterUsername": "admin",
                         "Endpoint": {"Address": "%s.c9akciq32xyz.us-east-1.rds.amazonaws.com" % identifier,
                                      "Port": port, "HostedZoneId": "Z2R2ITUGPM61AM"},
                         "AllocatedStorage": 20, "InstanceCreateTime": TIME, "PreferredBackupWindow": "03:00-03:30",
                         "BackupRetentionPeriod": 7, "DBSecurityGroups": [],
                         "VpcSecurityGroups": [{"VpcSecurityGroupId": g, "Status": "active"} for g in sg_ids],
                         "AvailabilityZone": az,
                         "DBSubnetGroup": {"DBSubnetGroupName": identifier + "-subnets", "DBSubnetGroupDescription": "db subnets",
                                           "VpcId": vpc, "SubnetGroupStatus": "Complete",
                                           "Subnets": [{"SubnetIdentifier": s,
                                                        "SubnetAvailabilityZone": {"Name": self._az(s)},
                                                        "SubnetOutpost": {}, "SubnetStatus": "Active"} for s in group_subnets]},
                         "MultiAZ": False, "EngineVersion": "8.0.35", "PubliclyAccessible": False, "StorageType": "gp2",
                         "DbInstancePort": 0, "StorageEncrypted": True,
                         "DbiResourceId": "db-%02dEXTRA%016d" % (self.num, self.counter),
                         "DBInstanceArn": "arn:aws:rds:us-east-1:%s:db:%s" % (ACCOUNT, identifier), "NetworkType": "IPV4"})
        return eni

    # ---- cases -----------------------------------------------------------------------------
    def case(self, suffix, frm, to, protocol, expect, source, port=None, src_port=None, icmp=None,
             protocol_number=None, ipv6=False, src_ip=None, dst_ip=None):
        c = {"id": "%02d-%s" % (self.num, suffix), "from": frm, "to": to, "protocol": protocol}
        if port is not None:
            c["port"] = port
        if src_port is not None:
            c["srcPort"] = src_port
        if icmp is not None:
            c["icmpType"], c["icmpCode"] = icmp
        if protocol_number is not None:
            c["protocolNumber"] = protocol_number
        if ipv6:
            c["ipVersion"] = 6
        c["srcIp"] = src_ip
        c["dstIp"] = dst_ip
        c["expect"] = expect
        c["source"] = source
        self.cases.append(c)

    # ---- output ----------------------------------------------------------------------------
    def write(self, root):
        d = os.path.join(root, "%02d-%s" % (self.num, self.slug))
        aws = os.path.join(d, "aws")
        os.makedirs(aws, exist_ok=True)
        files = {
            "describe-vpcs.json": {"Vpcs": self.vpcs},
            "describe-subnets.json": {"Subnets": self.subnets},
            "describe-route-tables.json": {"RouteTables": self.rtbs},
            "describe-network-acls.json": {"NetworkAcls": self.acls},
            "describe-security-groups.json": {"SecurityGroups": self.sgs},
            "describe-internet-gateways.json": {"InternetGateways": self.igws},
            "describe-nat-gateways.json": {"NatGateways": self.nats},
            "describe-vpc-endpoints.json": {"VpcEndpoints": self.vpces},
            "describe-vpc-peering-connections.json": {"VpcPeeringConnections": self.pcxs},
            "describe-network-interfaces.json": {"NetworkInterfaces": self.enis},
            "describe-instances.json": {"Reservations": self.reservations},
        }
        if self.dbs:
            files["describe-db-instances.json"] = {"DBInstances": self.dbs}
        if self.eigws:
            files["describe-egress-only-internet-gateways.json"] = {"EgressOnlyInternetGateways": self.eigws}
        if self.prefix_lists:
            files["describe-prefix-lists.json"] = {"PrefixLists": [
                {"Cidrs": SERVICES[svc][1], "PrefixListId": SERVICES[svc][0], "PrefixListName": "com.amazonaws.us-east-1." + svc}
                for svc in sorted(self.services)]}
        for f in os.listdir(aws):
            os.remove(os.path.join(aws, f))
        for f, body in files.items():
            dump(os.path.join(aws, f), body)
        dump(os.path.join(d, "cases.json"), self.cases)


def dump(path, body):
    with open(path, "w") as f:
        json.dump(body, f, indent=2)
        f.write("\n")


def dns(ip):
    return "ip-%s.ec2.internal" % ip.replace(".", "-")


def entry(num, egress, proto, action, cidr, ports=None, icmp=None):
    e = {"RuleNumber": num, "RuleAction": action, "Protocol": PROTO_NUM.get(proto, proto)}
    e["Ipv6CidrBlock" if ":" in cidr else "CidrBlock"] = cidr
    e["Egress"] = egress
    if ports:
        e["PortRange"] = {"From": ports[0], "To": ports[1]}
    if icmp:
        e["IcmpTypeCode"] = {"Code": icmp[1], "Type": icmp[0]}
    return e


def perm(proto, ports=None, cidrs=(), cidrs6=(), groups=(), prefix_lists=(), peer_groups=()):
    """An SG permission; peer_groups are (group id, vpc id, pcx id, peering status) across a peering."""
    p = {"IpProtocol": proto}
    if ports is not None:
        p["FromPort"], p["ToPort"] = ports
    p["IpRanges"] = [{"CidrIp": c} for c in cidrs]
    p["Ipv6Ranges"] = [{"CidrIpv6": c} for c in cidrs6]
    p["PrefixListIds"] = [{"PrefixListId": pl} for pl in prefix_lists]
    p["UserIdGroupPairs"] = [{"GroupId": g, "UserId": ACCOUNT} for g in groups] + [
        {"GroupId": g, "UserId": ACCOUNT, "VpcId": v, "VpcPeeringConnectionId": x, "PeeringStatus": st}
        for g, v, x, st in peer_groups]
    return p


def route(kind, dest, target_kind, target, state="active"):
    """kind: 'v4' | 'v6' | 'pl'; target_kind: igw | nat | pcx | eigw | vpce."""
    r = {{"v4": "DestinationCidrBlock", "v6": "DestinationIpv6CidrBlock", "pl": "DestinationPrefixListId"}[kind]: dest}
    key = {"igw": "GatewayId", "vpce": "GatewayId", "nat": "NatGatewayId", "pcx": "VpcPeeringConnectionId",
           "eigw": "EgressOnlyInternetGatewayId"}[target_kind]
    r[key] = target
    r["Origin"] = "CreateRoute"
    r["State"] = state
    return r


def ok(reason, basis="documented", fwd=None, ret=None):
    e = {"forward": "ALLOW", "return": "ALLOW", "blockedAt": None, "blockedDirection": None, "reason": reason,
         "basis": basis}
    if fwd:
        e["forwardPath"] = fwd
    if ret:
        e["returnPath"] = ret
    return e


def blocked(direction, at, rule, ra, reason, basis="documented", fwd=None, ret=None):
    e = {"forward": "DENY" if direction == "forward" else "ALLOW",
         "return": None if direction == "forward" else "DENY",
         "blockedAt": at, "blockedDirection": direction}
    if rule is not None:
        e["blockedRule"] = rule
    if ra is not None:
        e["raCode"] = ra
    e["reason"] = reason
    e["basis"] = basis
    if fwd:
        e["forwardPath"] = fwd
    if ret:
        e["returnPath"] = ret
    return e
