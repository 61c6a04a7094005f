package io.hopscope.io.terraform;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a large, realistic {@code terraform show -json} plan for speed measurements: 20 module
 * instances ({@code module.vpc["vpc-N.example"]}), each a new VPC with 20 subnets, an internet
 * gateway, a route table with its routes and associations, 10 groups with provider v5 rules and
 * about 400 instances, all ids known only after apply (links through configuration references),
 * attributes as the AWS provider writes them. 10,000 resources come to about 50 MB.
 * Run: {@code java -cp target/test-classes:target/classes:... io.hopscope.io.terraform.TerraformPlanGenerator OUT [VPCS]}.
 */
public final class TerraformPlanGenerator {
    static final int SUBNETS = 20;
    static final int GROUPS = 10;
    static final int RULES_PER_GROUP = 4;
    static final int INSTANCES = 406;

    /** A cloud-init script as the provider keeps it (base64), the bulk of a real instance's attributes. */
    private static final String USER_DATA = java.util.Base64.getEncoder().encodeToString(
            ("#!/bin/bash\nset -euo pipefail\nyum install -y amazon-cloudwatch-agent nginx\n"
                    + "systemctl enable --now nginx\n").repeat(14).getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private TerraformPlanGenerator() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 20);
    }

    /** Writes the plan; 500 resources per VPC. */
    public static void write(Path file, int vpcs) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("format_version", "1.2");
            g.writeStringField("terraform_version", "1.7.5");
            g.writeObjectFieldStart("planned_values");
            g.writeObjectFieldStart("root_module");
            g.writeArrayFieldStart("child_modules");
            for (int v = 0; v < vpcs; v++) {
                g.writeStartObject();
                g.writeStringField("address", module(v));
                g.writeArrayFieldStart("resources");
                resources(g, v, false);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("resource_changes");
            for (int v = 0; v < vpcs; v++) {
                resources(g, v, true);
            }
            g.writeEndArray();
            configuration(g);
            g.writeEndObject();
        }
    }

    private static String module(int v) {
        return "module.vpc[\"vpc-" + v + ".example\"]";
    }

    private static void resources(JsonGenerator g, int v, boolean change) throws IOException {
        resource(g, v, change, "aws_vpc", "this", null, g2 -> {
            g2.writeStringField("cidr_block", "10." + v + ".0.0/16");
            g2.writeBooleanField("enable_dns_support", true);
            g2.writeBooleanField("enable_dns_hostnames", true);
            g2.writeStringField("instance_tenancy", "default");
        }, "id", "arn", "main_route_table_id", "default_network_acl_id", "default_security_group_id", "owner_id");
        resource(g, v, change, "aws_internet_gateway", "this", null, g2 -> { }, "id", "arn", "vpc_id", "owner_id");
        resource(g, v, change, "aws_route_table", "public", null, g2 -> { }, "id", "arn", "vpc_id", "route", "owner_id",
                "propagating_vgws");
        resource(g, v, change, "aws_route", "internet", null,
                g2 -> g2.writeStringField("destination_cidr_block", "0.0.0.0/0"), "id", "route_table_id", "gateway_id",
                "state", "origin");
        for (int s = 0; s < SUBNETS; s++) {
            int k = s;
            resource(g, v, change, "aws_subnet", "this", k, g2 -> {
                g2.writeStringField("cidr_block", "10." + v + "." + (k * 4) + ".0/22");
                g2.writeStringField("availability_zone", "eu-west-1" + (char) ('a' + k % 3));
                g2.writeBooleanField("map_public_ip_on_launch", k < 2);
            }, "id", "arn", "vpc_id", "owner_id", "ipv6_cidr_block_association_id");
            resource(g, v, change, "aws_route_table_association", "this", k, g2 -> g2.writeNullField("gateway_id"),
                    "id", "subnet_id", "route_table_id");
        }
        for (int s = 0; s < GROUPS; s++) {
            int k = s;
            resource(g, v, change, "aws_security_group", "tier", k, g2 -> {
                g2.writeStringField("name", "tier-" + k);
                g2.writeStringField("description", "tier " + k + " of vpc " + v);
                g2.writeBooleanField("revoke_rules_on_delete", false);
            }, "id", "arn", "vpc_id", "ingress", "egress", "owner_id", "name_prefix");
            for (int r = 0; r < RULES_PER_GROUP; r++) {
                int n = k * RULES_PER_GROUP + r;
                boolean egress = r == RULES_PER_GROUP - 1;
                resource(g, v, change, egress ? "aws_vpc_security_group_egress_rule" : "aws_vpc_security_group_ingress_rule",
                        "rule", n, g2 -> {
                            g2.writeStringField("ip_protocol", egress ? "-1" : "tcp");
                            if (!egress) {
                                g2.writeNumberField("from_port", 8000 + n);
                                g2.writeNumberField("to_port", 8000 + n);
                            }
                            g2.writeStringField("cidr_ipv4", egress ? "0.0.0.0/0" : "10." + v + ".0.0/16");
                            g2.writeStringField("description", "rule " + n + " of tier " + k);
                        }, "id", "arn", "security_group_id", "security_group_rule_id");
            }
        }
        for (int i = 0; i < INSTANCES; i++) {
            int k = i;
            resource(g, v, change, "aws_instance", "app", k, g2 -> {
                g2.writeStringField("ami", "ami-0c55b159cbfafe1f0");
                g2.writeStringField("instance_type", "t3.medium");
                g2.writeBooleanField("source_dest_check", true);
                g2.writeBooleanField("ebs_optimized", false);
                g2.writeBooleanField("monitoring", true);
                g2.writeStringField("user_data", "c2ed4ac1b3e1ba9b0cd07f9b8a4e3f21d7c89e0a");
                g2.writeStringField("user_data_base64", USER_DATA);
                g2.writeArrayFieldStart("root_block_device");
                g2.writeStartObject();
                g2.writeBooleanField("delete_on_termination", true);
                g2.writeNumberField("volume_size", 30);
                g2.writeStringField("volume_type", "gp3");
                g2.writeEndObject();
                g2.writeEndArray();
                g2.writeArrayFieldStart("metadata_options");
                g2.writeStartObject();
                g2.writeStringField("http_endpoint", "enabled");
                g2.writeStringField("http_tokens", "required");
                g2.writeNumberField("http_put_response_hop_limit", 1);
                g2.writeEndObject();
                g2.writeEndArray();
            }, "id", "arn", "subnet_id", "private_ip", "public_ip", "vpc_security_group_ids", "primary_network_interface_id",
                    "private_dns", "public_dns", "instance_state", "network_interface", "ebs_block_device", "ipv6_addresses",
                    "secondary_private_ips", "security_groups", "tenancy", "host_id", "placement_group", "cpu_core_count",
                    "associate_public_ip_address", "availability_zone", "key_name", "outpost_arn", "password_data");
        }
    }

    private interface Values {
        void write(JsonGenerator g) throws IOException;
    }

    private static void resource(JsonGenerator g, int v, boolean change, String type, String name, Integer index,
                                 Values values, String... unknown) throws IOException {
        String local = type + "." + name + (index == null ? "" : "[" + index + "]");
        g.writeStartObject();
        g.writeStringField("address", module(v) + "." + local);
        if (change) {
            g.writeStringField("module_address", module(v));
        }
        g.writeStringField("mode", "managed");
        g.writeStringField("type", type);
        g.writeStringField("name", name);
        if (index != null) {
            g.writeNumberField("index", index);
        }
        g.writeStringField("provider_name", "registry.terraform.io/hashicorp/aws");
        if (!change) {
            g.writeNumberField("schema_version", 1);
            g.writeObjectFieldStart("values");
            tagged(g, values, local, v);
            g.writeEndObject();
            g.writeObjectFieldStart("sensitive_values");
            g.writeObjectFieldStart("tags");
            g.writeEndObject();
            g.writeEndObject();
        } else {
            g.writeObjectFieldStart("change");
            g.writeArrayFieldStart("actions");
            g.writeString("create");
            g.writeEndArray();
            g.writeNullField("before");
            g.writeObjectFieldStart("after");
            tagged(g, values, local, v);
            g.writeEndObject();
            g.writeObjectFieldStart("after_unknown");
            for (String u : unknown) {
                g.writeBooleanField(u, true);
            }
            g.writeObjectFieldStart("tags_all");
            g.writeEndObject();
            g.writeEndObject();
            g.writeBooleanField("before_sensitive", false);
            g.writeObjectFieldStart("after_sensitive");
            g.writeObjectFieldStart("tags");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void tagged(JsonGenerator g, Values values, String local, int v) throws IOException {
        values.write(g);
        for (String field : new String[] {"tags", "tags_all"}) {
            g.writeObjectFieldStart(field);
            g.writeStringField("Name", "vpc-" + v + "/" + local);
            g.writeStringField("Environment", "production");
            g.writeStringField("Owner", "platform-team@example.com");
            g.writeStringField("CostCenter", "cc-" + (1000 + v));
            g.writeStringField("ManagedBy", "terraform");
            g.writeEndObject();
        }
        g.writeNullField("timeouts");
    }

    private static void configuration(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("configuration");
        g.writeObjectFieldStart("provider_config");
        g.writeObjectFieldStart("aws");
        g.writeStringField("name", "aws");
        g.writeObjectFieldStart("expressions");
        g.writeObjectFieldStart("region");
        g.writeStringField("constant_value", "eu-west-1");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("root_module");
        g.writeObjectFieldStart("module_calls");
        g.writeObjectFieldStart("vpc");
        g.writeStringField("source", "./modules/vpc");
        g.writeObjectFieldStart("module");
        g.writeArrayFieldStart("resources");
        config(g, "aws_vpc", "this");
        config(g, "aws_internet_gateway", "this", "vpc_id", "aws_vpc.this");
        config(g, "aws_route_table", "public", "vpc_id", "aws_vpc.this");
        config(g, "aws_route", "internet", "route_table_id", "aws_route_table.public", "gateway_id", "aws_internet_gateway.this");
        config(g, "aws_subnet", "this", "vpc_id", "aws_vpc.this");
        config(g, "aws_route_table_association", "this", "subnet_id", "aws_subnet.this", "route_table_id",
                "aws_route_table.public");
        config(g, "aws_security_group", "tier", "vpc_id", "aws_vpc.this");
        config(g, "aws_vpc_security_group_ingress_rule", "rule", "security_group_id", "aws_security_group.tier");
        config(g, "aws_vpc_security_group_egress_rule", "rule", "security_group_id", "aws_security_group.tier");
        config(g, "aws_instance", "app", "subnet_id", "aws_subnet.this", "vpc_security_group_ids", "aws_security_group.tier");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void config(JsonGenerator g, String type, String name, String... refs) throws IOException {
        g.writeStartObject();
        g.writeStringField("address", type + "." + name);
        g.writeStringField("mode", "managed");
        g.writeStringField("type", type);
        g.writeStringField("name", name);
        g.writeObjectFieldStart("expressions");
        for (int i = 0; i < refs.length; i += 2) {
            g.writeObjectFieldStart(refs[i]);
            g.writeArrayFieldStart("references");
            g.writeString(refs[i + 1] + ".id");
            g.writeString(refs[i + 1]);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
