package io.hopscope.ui.inspector;

import io.hopscope.edit.AssociateSubnetEdit;
import io.hopscope.edit.CompositeEdit;
import io.hopscope.edit.Edit;
import io.hopscope.edit.RenameResourceEdit;
import io.hopscope.edit.SetDescriptionEdit;
import io.hopscope.edit.SetDiagramInfoEdit;
import io.hopscope.edit.SetExternalCidrsEdit;
import io.hopscope.edit.SetVpcRegionEdit;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.SecurityGroup;
import io.hopscope.edit.SetDefaultNetworkAclEdit;
import io.hopscope.edit.SetInterfaceAddressesEdit;
import io.hopscope.edit.SetInterfaceSecurityGroupsEdit;
import io.hopscope.edit.SetMainRouteTableEdit;
import io.hopscope.edit.SetNatConnectivityEdit;
import io.hopscope.edit.SetSubnetCidrEdit;
import io.hopscope.edit.SetSubnetZoneEdit;
import io.hopscope.edit.SetVpcCidrsEdit;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.RouteTable;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.Workload;
import io.hopscope.ui.common.DiagramDocument;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;

/** The fields the properties panel shows for one resource, or the shared ones of several. */
final class ResourceFields {

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final NetworkModel m;
    private final List<PropertyField> out = new ArrayList<>();

    ResourceFields(DiagramDocument document, ResourceBundle messages) {
        this.document = document;
        this.messages = messages;
        this.m = document.getDiagram().model();
    }

    private void add(String key, FieldKind kind, String value, List<Choice> choices, Function<String, Edit> edit) {
        out.add(new PropertyField(key, messages.getString("inspector.field." + key), kind, value, choices, edit, document,
                messages.getLocale()));
    }

    private void text(String key, String value, Function<String, Edit> edit) {
        add(key, FieldKind.TEXT, value, List.of(), edit);
    }

    private void readOnly(String key, String value) {
        add(key, FieldKind.READ_ONLY, value, List.of(), null);
    }

    private void flag(String key, boolean value, Function<String, Edit> edit) {
        add(key, FieldKind.FLAG, Boolean.toString(value), List.of(), edit);
    }

    /** "EC2 instance", "Security group": the kind in the reader's language, a workload by its own kind. */
    private String kindText(Resource r) {
        String key = r instanceof Workload w ? "kind.workload." + w.workloadKind().wireName() : "kind." + r.kind().wireName();
        return messages.containsKey(key) ? messages.getString(key) : r.kind().wireName();
    }

    List<PropertyField> forOne(Resource r) {
        text("name", r.name(), RenameResourceEdit.canRename(r) ? value -> rename(r, value) : null);
        readOnly("id", r.id());
        readOnly("kind", kindText(r));
        if (r instanceof SecurityGroup g) {
            text("description", g.description(), value -> new SetDescriptionEdit(g.id(), value));
        }
        if (r instanceof ExternalEndpoint x) {
            text("externalCidrs", FieldParsers.join(x.cidrs()), value -> new SetExternalCidrsEdit(x.id(), FieldParsers.cidrs(value)));
        }
        if (r instanceof Vpc v) {
            vpc(v);
        } else if (r instanceof Subnet s) {
            subnet(s);
        } else if (r instanceof RouteTable t) {
            flag("main", t.main(), value -> Boolean.parseBoolean(value) ? new SetMainRouteTableEdit(t.id())
                    : refuse("inspector.error.needsMain"));
            readOnly("associations", labels(t.subnetIds()));
        } else if (r instanceof NetworkAcl a) {
            flag("default", a.isDefault(), value -> Boolean.parseBoolean(value) ? new SetDefaultNetworkAclEdit(a.id())
                    : refuse("inspector.error.needsDefault"));
            readOnly("associations", labels(a.subnetIds()));
        } else if (r instanceof NetworkInterface eni) {
            addresses(eni);
            groups(List.of(eni));
        } else if (r instanceof Workload w) {
            List<NetworkInterface> enis = interfacesOf(List.of(w));
            if (!enis.isEmpty()) {
                // The interface is not drawn on its own, so its Name tag is edited on its workload.
                NetworkInterface primary = enis.get(0);
                text("interfaceName", primary.name(), value -> rename(primary, value));
                addresses(primary);
                groups(enis);
            }
        } else if (r instanceof NatGateway n) {
            flag("natPublic", n.publicConnectivity(), value -> new SetNatConnectivityEdit(n.id(), Boolean.parseBoolean(value)));
            readOnly("elasticIp", n.elasticIp() == null ? "" : n.elasticIp().toString());
            readOnly("subnet", label(n.subnetId()));
        }
        return out;
    }

    /** With nothing selected: the diagram's own title and description. */
    List<PropertyField> forDiagram(io.hopscope.diagram.Diagram d) {
        text("diagramTitle", d.title(), value -> new SetDiagramInfoEdit(value, d.description()));
        text("diagramDescription", d.description(), value -> new SetDiagramInfoEdit(d.title(), value));
        return out;
    }

    /** Fields every selected resource has, edited for all at once as one undo step. */
    List<PropertyField> forSeveral(List<Resource> rs) {
        readOnly("selection", MessageFormat.format(messages.getString("inspector.selectedCount"), rs.size()));
        if (rs.stream().allMatch(r -> r instanceof Subnet)) {
            List<Subnet> subnets = rs.stream().map(Subnet.class::cast).toList();
            String zone = shared(subnets.stream().map(Subnet::availabilityZone).toList());
            text("zone", zone, value -> composite(messages.getString("inspector.field.zone"),
                    subnets.stream().<Edit>map(s -> new SetSubnetZoneEdit(s.id(), value)).toList()));
        }
        if (rs.stream().allMatch(r -> r instanceof NetworkInterface || r instanceof Workload)) {
            groups(interfacesOf(rs));
        }
        return out;
    }

    private void vpc(Vpc v) {
        text("vpcCidrs", FieldParsers.join(v.ipv4Cidrs()),
                value -> new SetVpcCidrsEdit(v.id(), FieldParsers.cidrs(value), v.ipv6Cidrs()));
        text("vpcIpv6Cidrs", FieldParsers.join(v.ipv6Cidrs()),
                value -> new SetVpcCidrsEdit(v.id(), v.ipv4Cidrs(), FieldParsers.cidrs(value)));
        text("region", v.region(), value -> new SetVpcRegionEdit(v.id(), value));
    }

    private void subnet(Subnet s) {
        text("cidr", s.cidr() == null ? "" : s.cidr().toString(),
                value -> new SetSubnetCidrEdit(s.id(), false, ipv4Block(value)));
        text("ipv6Cidr", s.ipv6Cidr() == null ? "" : s.ipv6Cidr().toString(),
                value -> new SetSubnetCidrEdit(s.id(), true, FieldParsers.optionalCidr(value)));
        text("zone", s.availabilityZone(), value -> new SetSubnetZoneEdit(s.id(), value));
        readOnly("reach", messages.getString(m.isPublic(s.id()) ? "inspector.value.public" : "inspector.value.private"));
        List<Choice> tables = m.routeTables().stream().filter(t -> t.vpcId().equals(s.vpcId()))
                .map(t -> new Choice(t.id(), t.label() + (t.main() ? " (main)" : ""))).toList();
        RouteTable rt = m.routeTableOf(s.id());
        add("routeTable", FieldKind.CHOICE, rt == null ? "" : rt.id(), tables, value -> new AssociateSubnetEdit(s.id(), value));
        List<Choice> acls = m.networkAcls().stream().filter(a -> a.vpcId().equals(s.vpcId()))
                .map(a -> new Choice(a.id(), a.label() + (a.isDefault() ? " (default)" : ""))).toList();
        NetworkAcl acl = m.networkAclOf(s.id());
        add("networkAcl", FieldKind.CHOICE, acl == null ? "" : acl.id(), acls, value -> new AssociateSubnetEdit(s.id(), value));
    }

    private static io.hopscope.model.net.Cidr ipv4Block(String value) {
        io.hopscope.model.net.Cidr c = io.hopscope.model.net.Cidr.parse(value);
        if (!c.isIpv4()) {
            throw new IllegalArgumentException(c + " is not an IPv4 block");
        }
        return c;
    }

    private void addresses(NetworkInterface eni) {
        text("privateIps", FieldParsers.join(eni.privateIps()), value -> new SetInterfaceAddressesEdit(eni.id(),
                FieldParsers.ips(value), eni.publicIp(), eni.ipv6Ips()));
        text("publicIp", eni.publicIp() == null ? "" : eni.publicIp().toString(), value -> new SetInterfaceAddressesEdit(
                eni.id(), eni.privateIps(), FieldParsers.optionalIp(value), eni.ipv6Ips()));
        text("ipv6Ips", FieldParsers.join(eni.ipv6Ips()), value -> new SetInterfaceAddressesEdit(eni.id(),
                eni.privateIps(), eni.publicIp(), FieldParsers.ips(value)));
        readOnly("subnet", label(eni.subnetId()));
        text("description", eni.description(), value -> new SetDescriptionEdit(eni.id(), value));
    }

    private void groups(List<NetworkInterface> enis) {
        if (enis.isEmpty()) {
            return;
        }
        String value = shared(enis.stream().map(e -> FieldParsers.groupNames(m, e.securityGroupIds())).toList());
        add("securityGroups", FieldKind.CHECKS, value, GroupChoices.of(m, enis), typed -> composite(messages.getString("inspector.field.securityGroups"),
                enis.stream().<Edit>map(e -> new SetInterfaceSecurityGroupsEdit(e.id(),
                        FieldParsers.groups(m, m.vpcIdOf(e), typed))).toList()));
    }

    private Edit rename(Resource r, String value) {
        String name = value.strip();
        String vpc = m.vpcIdOf(r);
        boolean taken = !name.isEmpty() && m.allResources().stream().anyMatch(o -> o != r && o.kind() == r.kind()
                && !o.id().equals(r.id()) && o.name().equals(name) && Objects.equals(m.vpcIdOf(o), vpc));
        if (taken) {
            throw new IllegalArgumentException(MessageFormat.format(messages.getString("inspector.error.duplicateName"), name));
        }
        return new RenameResourceEdit(r.id(), name);
    }

    private Edit refuse(String key) {
        throw new IllegalArgumentException(messages.getString(key));
    }

    private static Edit composite(String what, List<Edit> parts) {
        return parts.size() == 1 ? parts.get(0) : new CompositeEdit(what + " (" + parts.size() + ")", parts);
    }

    private List<NetworkInterface> interfacesOf(List<Resource> rs) {
        List<NetworkInterface> enis = new ArrayList<>();
        for (Resource r : rs) {
            if (r instanceof NetworkInterface e) {
                enis.add(e);
            } else if (r instanceof Workload w) {
                w.networkInterfaceIds().stream().map(m::networkInterface).filter(Objects::nonNull).forEach(enis::add);
            }
        }
        return enis;
    }

    /** The common value, or empty when the selected resources differ. */
    private static String shared(List<String> values) {
        return values.stream().distinct().count() == 1 ? values.get(0) : "";
    }

    private String label(String id) {
        return m.find(id).map(Resource::label).orElse(id == null ? "" : id);
    }

    private String labels(List<String> ids) {
        return FieldParsers.join(ids.stream().map(this::label).toList());
    }
}
