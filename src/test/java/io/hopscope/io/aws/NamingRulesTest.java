package io.hopscope.io.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hopscope.io.aws.describe.AwsTag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small naming rules: Region of a zone, Lambda function of an ENI description, the Name tag. */
class NamingRulesTest {

    @Test
    void regionComesFromTheAvailabilityZone() {
        assertEquals("us-east-2", NetworkConverter.regionOfZone("us-east-2b"));
        assertEquals("us-west-2", NetworkConverter.regionOfZone("us-west-2-lax-1a"), "local zone");
        assertEquals("us-gov-west-1", NetworkConverter.regionOfZone("us-gov-west-1a"));
        assertEquals("", NetworkConverter.regionOfZone(""));
        assertEquals("", NetworkConverter.regionOfZone(null));
    }

    @Test
    void lambdaFunctionNameDropsPrefixAndUuid() {
        assertEquals("orders-fn", WorkloadConverter.functionName(
                "AWS Lambda VPC ENI-orders-fn-1b2c3d4e-aaaa-bbbb-cccc-0123456789ab"));
        assertEquals("orders-fn", WorkloadConverter.functionName("AWS Lambda VPC ENI-orders-fn"));
        assertEquals("lambda", WorkloadConverter.functionName("AWS Lambda VPC ENI"));
    }

    @Test
    void nameTagIsTheOnlyTagThatNamesAResource() {
        assertEquals("web", AwsTag.nameOf(List.of(new AwsTag("env", "prod"), new AwsTag("Name", "web"))));
        assertEquals(null, AwsTag.nameOf(List.of(new AwsTag("name", "lowercase is another tag"))));
        assertEquals(null, AwsTag.nameOf(List.of(new AwsTag("Name", "  "))));
        assertEquals(null, AwsTag.nameOf(null));
    }
}
