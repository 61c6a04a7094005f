package io.hopscope.engine.walk;

import io.hopscope.engine.QueryField;
import io.hopscope.engine.TraceQueryException;
import io.hopscope.text.Text;
import io.hopscope.model.Workload;

/** Trace ends that are Lambda functions without an interface in any VPC (rulebook 11). */
final class LambdaEndpoints {

    private LambdaEndpoints() {
    }

    /**
     * [LVPC] A function without VpcConfig runs in AWS's own network: it reaches the internet from AWS
     * addresses and no private address; nothing opens a connection to it (it is invoked through the API).
     */
    static Endpoint outsideVpc(Workload w, QueryField field) {
        if (field == QueryField.TO) {
            throw new TraceQueryException(Text.of("query.lambdaOutsideVpc", field, w.id()));
        }
        return new Endpoint(Endpoint.Kind.INTERNET, w.id(), "Lambda function " + w.label() + " (outside any VPC,"
                + " from AWS's public addresses)", null, null, w.clientProfile(),
                () -> "lambda " + w.label() + ", not in a VPC", null);
    }
}
