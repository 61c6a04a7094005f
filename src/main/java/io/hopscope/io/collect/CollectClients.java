package io.hopscope.io.collect;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.rds.RdsClient;

/**
 * The SDK clients of one profile and Region: the default credentials chain (or a named profile),
 * the adaptive retry mode (it slows down when AWS throttles instead of failing), and an endpoint
 * override for tests. Built lazily, closed together.
 */
final class CollectClients implements AutoCloseable {
    private final Region region;
    private final AwsCredentialsProvider credentials;
    private final URI endpoint;
    private Ec2Client ec2;
    private RdsClient rds;
    private ElasticLoadBalancingV2Client elb;
    private LambdaClient lambda;
    private DirectConnectClient directConnect;

    CollectClients(String region, String profile, URI endpoint) {
        this.region = Region.of(region);
        this.credentials = profile == null ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.builder().profileName(profile).build();
        this.endpoint = endpoint;
    }

    private <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, C>, C> C build(B b) {
        b.region(region).credentialsProvider(credentials)
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(RetryMode.ADAPTIVE_V2).build());
        if (endpoint != null) {
            b.endpointOverride(endpoint);
        }
        return b.build();
    }

    Ec2Client ec2() {
        return ec2 != null ? ec2 : (ec2 = build(Ec2Client.builder()));
    }

    RdsClient rds() {
        return rds != null ? rds : (rds = build(RdsClient.builder()));
    }

    ElasticLoadBalancingV2Client elb() {
        return elb != null ? elb : (elb = build(ElasticLoadBalancingV2Client.builder()));
    }

    LambdaClient lambda() {
        return lambda != null ? lambda : (lambda = build(LambdaClient.builder()));
    }

    /** Direct Connect by hand (the SDK module is not served): same Region, credentials, retry mode and endpoint override. */
    DirectConnectClient directConnect() {
        return directConnect != null ? directConnect
                : (directConnect = new DirectConnectClient(region.id(), credentials, endpoint));
    }

    @Override
    public void close() {
        for (AutoCloseable c : new AutoCloseable[] {ec2, rds, elb, lambda, directConnect}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing an HTTP pool cannot lose data; nothing to report
            }
        }
    }
}
