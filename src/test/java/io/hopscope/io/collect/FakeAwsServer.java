package io.hopscope.io.collect;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the EC2, RDS and ELB query APIs (XML) and Lambda (JSON) on the JDK's
 * HttpServer: two pages of VPCs joined by a NextToken, one throttling error before the subnets, an
 * access-denied error for the VPN gateways, one RDS instance; every other listing is empty. It counts
 * the requests per action, so a test can check one request per page.
 */
final class FakeAwsServer implements AutoCloseable {
    private static final String EC2 = "http://ec2.amazonaws.com/doc/2016-11-15/";
    final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final HttpServer server;

    FakeAwsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (x.getRequestURI().getPath().startsWith("/2015-03-31/functions")) {
            count("lambda:ListFunctions");
            send(x, 200, "application/json", "{\"Functions\": []}");
            return;
        }
        String action = param(body, "Action");
        int n = count(action);
        switch (action) {
            case "DescribeVpcs" -> send(x, 200, "text/xml", param(body, "NextToken").equals("page2")
                    ? ec2(action, "<vpcSet><item><vpcId>vpc-0b000000000000002</vpcId><cidrBlock>10.2.0.0/16</cidrBlock>"
                        + "<state>available</state><isDefault>false</isDefault></item></vpcSet>")
                    : ec2(action, "<vpcSet><item><vpcId>vpc-0a000000000000001</vpcId><cidrBlock>10.1.0.0/16</cidrBlock>"
                        + "<state>available</state><isDefault>false</isDefault><tagSet><item><key>Name</key><value>app</value>"
                        + "</item></tagSet></item></vpcSet><nextToken>page2</nextToken>"));
            case "DescribeSubnets" -> {
                if (n == 1) {
                    send(x, 503, "text/xml", error("RequestLimitExceeded", "Request limit exceeded."));
                } else {
                    send(x, 200, "text/xml", ec2(action, "<subnetSet><item><subnetId>subnet-0a000000000000001</subnetId>"
                            + "<vpcId>vpc-0a000000000000001</vpcId><cidrBlock>10.1.1.0/24</cidrBlock>"
                            + "<availabilityZone>eu-west-1a</availabilityZone><state>available</state></item></subnetSet>"));
                }
            }
            case "DescribeVpnGateways" -> send(x, 403, "text/xml",
                    error("UnauthorizedOperation", "You are not authorized to perform this operation."));
            case "DescribeDBInstances" -> send(x, 200, "text/xml", "<DescribeDBInstancesResponse xmlns=\"http://rds.amazonaws.com/"
                    + "doc/2014-10-31/\"><DescribeDBInstancesResult><DBInstances><DBInstance><DBInstanceIdentifier>orders-db"
                    + "</DBInstanceIdentifier><Engine>postgres</Engine><DBInstanceStatus>available</DBInstanceStatus>"
                    + "</DBInstance></DBInstances></DescribeDBInstancesResult><ResponseMetadata><RequestId>r1</RequestId>"
                    + "</ResponseMetadata></DescribeDBInstancesResponse>");
            case "DescribeLoadBalancers", "DescribeTargetGroups" -> send(x, 200, "text/xml", "<" + action + "Response xmlns="
                    + "\"http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/\"><" + action + "Result/><ResponseMetadata>"
                    + "<RequestId>r2</RequestId></ResponseMetadata></" + action + "Response>");
            default -> send(x, 200, "text/xml", ec2(action, ""));
        }
    }

    private int count(String action) {
        return requests.computeIfAbsent(action, k -> new AtomicInteger()).incrementAndGet();
    }

    private static String ec2(String action, String content) {
        return "<" + action + "Response xmlns=\"" + EC2 + "\"><requestId>req-1</requestId>" + content + "</" + action + "Response>";
    }

    private static String error(String code, String message) {
        return "<Response><Errors><Error><Code>" + code + "</Code><Message>" + message + "</Message></Error></Errors>"
                + "<RequestID>req-err</RequestID></Response>";
    }

    private static String param(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = x.getResponseBody()) {
            os.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
