package io.hopscope.io.terraform;

import io.hopscope.text.Text;
import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.check.Problem;
import io.hopscope.check.Severity;
import io.hopscope.io.aws.AwsImport;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.io.aws.AwsTagIndex;
import io.hopscope.io.aws.describe.AwsSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * {@code terraform show -json} output to a network model: the reader binds the resources, the
 * mappers turn the AWS provider's resources into describe records, and the AWS import's
 * converters (the same that read a live account) build and check the model. Resources outside the
 * model are reported as skipped with their address.
 */
public final class TerraformImporter {

    /** Resource types read into the model. */
    static final Set<String> READ = Set.of("aws_vpc", "aws_vpc_ipv4_cidr_block_association", "aws_subnet",
            "aws_internet_gateway", "aws_internet_gateway_attachment", "aws_egress_only_internet_gateway",
            "aws_vpn_gateway", "aws_vpn_gateway_attachment", "aws_vpn_gateway_route_propagation", "aws_customer_gateway",
            "aws_vpn_connection", "aws_vpn_connection_route", "aws_route_table", "aws_default_route_table", "aws_route",
            "aws_route_table_association", "aws_main_route_table_association", "aws_network_acl",
            "aws_default_network_acl", "aws_network_acl_rule", "aws_network_acl_association", "aws_security_group",
            "aws_default_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule",
            "aws_vpc_security_group_egress_rule", "aws_nat_gateway", "aws_eip", "aws_eip_association", "aws_vpc_endpoint",
            "aws_vpc_endpoint_route_table_association", "aws_vpc_endpoint_subnet_association",
            "aws_vpc_peering_connection", "aws_vpc_peering_connection_accepter", "aws_instance", "aws_network_interface",
            "aws_network_interface_attachment", "aws_network_interface_sg_attachment", "aws_db_instance",
            "aws_db_subnet_group", "aws_ec2_managed_prefix_list", "aws_default_vpc", "aws_default_subnet", "aws_lambda_function",
            "aws_ec2_transit_gateway", "aws_ec2_transit_gateway_vpc_attachment", "aws_ec2_transit_gateway_route_table",
            "aws_ec2_transit_gateway_route", "aws_ec2_transit_gateway_route_table_association",
            "aws_ec2_transit_gateway_route_table_propagation", "aws_ec2_transit_gateway_peering_attachment",
            "aws_ec2_transit_gateway_peering_attachment_accepter", "aws_lb", "aws_alb", "aws_lb_listener", "aws_alb_listener",
            "aws_lb_target_group", "aws_alb_target_group", "aws_lb_target_group_attachment", "aws_alb_target_group_attachment");

    private TerraformImporter() {
    }

    /** Reads the file; {@code before} takes a plan's prior state instead of its planned values. */
    public static TerraformImport importFile(Path file, boolean before) throws IOException, TfInputException {
        return convert(TfJsonReader.read(file), before);
    }

    /**
     * A plan read once and converted twice: its prior state and its planned values, for
     * {@code check --diff}. A state has no "before" and is refused.
     */
    public static TerraformChange importChange(Path file) throws IOException, TfInputException {
        TfDocument doc = TfJsonReader.read(file);
        if (!doc.plan()) {
            throw new TfInputException("$: a diff needs a plan (its prior_state and planned_values); this file is a state");
        }
        return new TerraformChange(convert(doc, true), convert(doc, false));
    }

    private static TerraformImport convert(TfDocument doc, boolean before) throws TfInputException {
        if (before && !doc.plan()) {
            throw new TfInputException("$: --before needs a plan (its prior_state); this file is a state");
        }
        List<TfResource> resources = before ? doc.prior() : withData(doc);
        if (!before) {
            // A prior state of other providers only is a network that does not exist yet, not a wrong file.
            checkProvider(doc, resources);
        }
        try (TfHashes hashes = TfHashes.startIfWorthIt(resources)) {
            return convert(doc, before, resources, hashes);
        }
    }

    private static TerraformImport convert(TfDocument doc, boolean before, List<TfResource> resources, TfHashes hashes)
            throws TfInputException {
        TfContext ctx = new TfContext(doc.file(), region(doc.configuration(), resources), resources, doc.configuration(),
                hashes);
        TfNetworkMapper net = new TfNetworkMapper(ctx);
        net.map();
        TfInterfaces enis = new TfInterfaces(ctx, net);
        TfWorkloadMapper workloads = new TfWorkloadMapper(ctx, net, enis);
        workloads.reserveKnownAddresses();
        new TfSecurityGroupMapper(ctx, net).map();
        new TfNetworkAclMapper(ctx, net).map();
        workloads.map();
        new TfFunctionMapper(ctx, enis).map();
        TfServiceMapper services = new TfServiceMapper(ctx, net, enis);
        services.map(workloads.eipAddress);
        new TfRouteTableMapper(ctx, net).map(services.endpointRoutes);
        new TfTransitMapper(ctx).map();
        new TfLoadBalancerMapper(ctx, net, enis).map(workloads.eipAddress);
        skipped(ctx, resources);
        AwsSnapshot snapshot = ctx.snapshot;
        AwsImport imported = AwsImporter.convert(snapshot);
        List<Problem> problems = new ArrayList<>(ctx.problems);
        problems.addAll(imported.problems());
        return new TerraformImport(imported.model().toBuilder().unknowns(ctx.unknowns()).build(), problems, doc.plan(),
                before, new Memo<>(() -> AwsTagIndex.of(snapshot)));
    }

    /** A value computed once, on first use, by whichever thread asks first. */
    private static final class Memo<T> implements Supplier<T> {
        private Supplier<T> compute;
        private T value;

        Memo(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public synchronized T get() {
            if (compute != null) {
                value = compute.get();
                compute = null;
            }
            return value;
        }
    }

    /** A plan's data sources are read into its prior state (0.12-1.x): the VPCs and subnets it looks up are there. */
    private static List<TfResource> withData(TfDocument doc) {
        if (!doc.plan()) {
            return doc.planned();
        }
        Set<String> planned = new java.util.HashSet<>();
        doc.planned().forEach(r -> planned.add(r.text()));
        List<TfResource> all = new ArrayList<>(doc.planned());
        for (TfResource r : doc.prior()) {
            if (r.isData() && planned.add(r.text())) {
                all.add(r);
            }
        }
        return all;
    }

    /** A plan with resources of other providers only is not a network Hopscope can read. */
    private static void checkProvider(TfDocument doc, List<TfResource> resources) throws TfInputException {
        Set<String> others = new TreeSet<>();
        for (TfResource r : resources) {
            if (r.isAws() && r.type().startsWith("aws_")) {
                return;
            }
            others.add(r.provider() != null ? r.provider() : r.type().replaceFirst("_.*", ""));
        }
        if (!others.isEmpty()) {
            throw new TfInputException("$: no resource of the AWS provider (found only " + String.join(", ", others)
                    + "); Hopscope reads AWS networks");
        }
    }

    private static void skipped(TfContext ctx, List<TfResource> resources) {
        for (TfResource r : resources) {
            skipped(ctx, r);
        }
    }

    /** Per resource, not in a loop run once: C1 compiles a method after a few hundred calls, a loop after 60,000 turns. */
    private static void skipped(TfContext ctx, TfResource r) {
        if (!r.isData() && !READ.contains(r.type())) {
            Text why = r.type().equals("aws_elb") ? Text.of("import.tf.classicElb")
                    : !r.isAws() || !r.type().startsWith("aws_") ? Text.of("import.tf.notAws")
                    : Text.of("import.tf.noPath", r.type());
            ctx.note(Severity.INFO, r, Text.of("import.tf.skipped", why));
        }
    }

    /** The AWS provider's region when the configuration sets it as a constant, else the first subnet's zone minus its letter. */
    private static String region(JsonNode configuration, List<TfResource> resources) {
        if (configuration != null) {
            JsonNode region = configuration.path("provider_config").path("aws").path("expressions").path("region")
                    .path("constant_value");
            if (region.isTextual()) {
                return region.textValue();
            }
        }
        for (TfResource r : resources) {
            JsonNode zone = r.values().get("availability_zone");
            if (r.type().equals("aws_subnet") && zone != null && zone.isTextual() && zone.textValue().length() > 1) {
                return zone.textValue().substring(0, zone.textValue().length() - 1);
            }
        }
        return "";
    }
}
