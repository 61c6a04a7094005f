package io.hopscope.io.terraform;

import io.hopscope.text.Text;
import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.check.Severity;
import io.hopscope.io.aws.describe.AwsTransit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lambda functions in a VPC ({@code vpc_config}): the function, and the Hyperplane interface AWS
 * creates for it in each of its subnets with its groups, at an address assigned at apply. A function
 * outside any VPC has no place on a path and is listed as skipped.
 */
final class TfFunctionMapper {
    private final TfContext ctx;
    private final TfInterfaces enis;

    TfFunctionMapper(TfContext ctx, TfInterfaces enis) {
        this.ctx = ctx;
        this.enis = enis;
    }

    void map() throws TfInputException {
        for (TfResource r : ctx.ofType("aws_lambda_function")) {
            List<Map.Entry<String, JsonNode>> configs = TfValues.blocks(r.values(), "vpc_config", r.path() + ".values");
            boolean configured = ctx.config.block(r) != null && ctx.config.block(r).path("expressions").has("vpc_config");
            if (configs.isEmpty() && !configured) {
                ctx.note(Severity.INFO, r, Text.of("import.tf.skipped", Text.of("import.tf.functionOutsideVpc")));
                continue;
            }
            String at = configs.isEmpty() ? r.path() + ".values" : configs.get(0).getKey();
            JsonNode c = configs.isEmpty() ? ctx.config.block(r) : configs.get(0).getValue();
            List<String> subnets = new ArrayList<>(configs.isEmpty() ? List.of() : TfValues.texts(c, "subnet_ids", at));
            List<String> groups = new ArrayList<>(configs.isEmpty() ? List.of() : TfValues.texts(c, "security_group_ids", at));
            if (subnets.isEmpty()) {
                for (TfResource t : ctx.config.targets(r, "vpc_config", "subnet_ids")) {
                    subnets.add(ctx.idAs(t, TfKind.SUBNET));
                }
            }
            if (groups.isEmpty()) {
                for (TfResource t : ctx.config.targets(r, "vpc_config", "security_group_ids")) {
                    groups.add(ctx.idAs(t, TfKind.SECURITY_GROUP));
                }
            }
            String name = TfContext.first(ctx.text(r, "function_name"), r.address().name());
            List<String> placed = new ArrayList<>();
            for (String subnet : subnets) {
                TfInterfaces.Spec s = new TfInterfaces.Spec();
                s.id = "eni-" + TfIds.hash(r.text() + "#" + subnet);
                ctx.placeholder(s.id, "interface id", s.id, r);
                s.subnet = subnet;
                s.groups = groups;
                s.type = "lambda";
                s.description = "AWS Lambda VPC ENI-" + name;
                if (enis.add(s, r)) {
                    placed.add(subnet);
                }
            }
            ctx.add(new AwsTransit.Function(name, ctx.text(r, "arn"), "Active",
                    new AwsTransit.VpcConfig(placed, groups, null)), r);
        }
    }
}
