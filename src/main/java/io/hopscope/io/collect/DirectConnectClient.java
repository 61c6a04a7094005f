package io.hopscope.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.ServiceLoader;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpService;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * The three Direct Connect listings collect needs, sent by hand: the SDK's service module
 * ({@code software.amazon.awssdk:directconnect}) is not served to this build, but its parts are.
 * Direct Connect speaks AWS JSON 1.1 [DXAPI]: a POST to {@code directconnect.<region>.<dns suffix>/}
 * with {@code X-Amz-Target: OvertureService.<Action>}, a JSON body, camelCase members and
 * {@code nextToken} paging (maxResults caps at 100). The request is signed with the SDK's own SigV4
 * signer (signing name {@code directconnect}), sent with the SDK's HTTP client (the one the other
 * clients load), under the SDK's adaptive retry strategy; errors become {@link AwsServiceException}s
 * with the service's error code, so a denial or a throttle reads as it does for EC2 or ELB.
 */
final class DirectConnectClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SIGNING_NAME = "directconnect";

    private final String region;
    private final AwsCredentialsProvider credentials;
    private final URI endpoint;
    private final SdkHttpClient http;
    private final RetryStrategy retry = AwsRetryStrategy.forRetryMode(RetryMode.ADAPTIVE_V2);
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    DirectConnectClient(String region, AwsCredentialsProvider credentials, URI endpointOverride) {
        this.region = region;
        this.credentials = credentials;
        this.endpoint = endpointOverride != null ? endpointOverride.resolve("/")
                : URI.create("https://directconnect." + region + "." + PartitionMetadata.of(Region.of(region)).dnsSuffix() + "/");
        SdkHttpService service = ServiceLoader.load(SdkHttpService.class).findFirst()
                .orElseThrow(() -> SdkClientException.create("no HTTP client on the class path for Direct Connect"));
        this.http = service.createHttpClientBuilder().build();
    }

    /** Every page of {@code action} (one request each, fetched as the caller iterates), filtered by one field when given. */
    Iterable<JsonNode> pages(String action, String field, String value) {
        return () -> new Iterator<>() {
            private String next;
            private boolean started;

            @Override
            public boolean hasNext() {
                return !started || next != null;
            }

            @Override
            public JsonNode next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ObjectNode body = JSON.createObjectNode();
                if (field != null) {
                    body.put(field, value);
                }
                body.put("maxResults", 100);
                if (next != null) {
                    body.put("nextToken", next);
                }
                JsonNode page = call(action, body);
                started = true;
                JsonNode token = page.get("nextToken");
                next = token == null || token.isNull() || token.asText().isEmpty() ? null : token.asText();
                return page;
            }
        };
    }

    /** One call under the adaptive retry strategy: throttles and 5xx are retried with its backoff; a denial is not. */
    JsonNode call(String action, ObjectNode body) {
        AcquireInitialTokenResponse first = retry.acquireInitialToken(AcquireInitialTokenRequest.create(SIGNING_NAME));
        sleep(first.delay());
        RetryToken token = first.token();
        while (true) {
            try {
                JsonNode answer = send(action, body);
                retry.recordSuccess(RecordSuccessRequest.create(token));
                return answer;
            } catch (SdkException e) {
                RefreshRetryTokenResponse again;
                try {
                    again = retry.refreshRetryToken(RefreshRetryTokenRequest.builder().token(token).failure(e).build());
                } catch (TokenAcquisitionFailedException notRetried) {
                    throw e;
                }
                sleep(again.delay());
                token = again.token();
            }
        }
    }

    private JsonNode send(String action, ObjectNode body) {
        byte[] payload = body.toString().getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint)
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", "OvertureService." + action)
                .putHeader("Content-Length", String.valueOf(payload.length)).build();
        SignedRequest signed = signer.sign(r -> r.identity(credentials.resolveCredentials()).request(request)
                .payload(ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SIGNING_NAME)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        HttpExecuteResponse response;
        byte[] answer;
        try {
            response = http.prepareRequest(HttpExecuteRequest.builder().request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(null)).build()).call();
            try (InputStream in = response.responseBody().map(InputStream.class::cast).orElse(InputStream.nullInputStream())) {
                answer = in.readAllBytes();
            }
        } catch (IOException e) {
            throw SdkClientException.builder().message("Unable to execute HTTP request: " + e.getMessage()).cause(e).build();
        }
        int status = response.httpResponse().statusCode();
        JsonNode json = parse(answer);
        if (status / 100 == 2) {
            if (json == null) {
                throw SdkClientException.create("Direct Connect answered " + action + " with something that is not JSON");
            }
            return json;
        }
        json = json == null ? JSON.createObjectNode() : json;
        String code = errorCode(json, response.httpResponse().firstMatchingHeader("X-Amzn-ErrorType").orElse(null));
        String message = json.has("message") ? json.get("message").asText() : json.path("Message").asText("HTTP " + status);
        throw AwsServiceException.builder().statusCode(status).message(code + ": " + message)
                .requestId(response.httpResponse().firstMatchingHeader("x-amzn-RequestId").orElse(null))
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("DirectConnect")
                        .sdkHttpResponse(response.httpResponse()).build()).build();
    }

    /** JSON 1.1 names the error in {@code __type} (maybe "namespace#Code"), or in the X-Amzn-ErrorType header ("Code:uri"). */
    private static String errorCode(JsonNode json, String header) {
        String raw = json.has("__type") ? json.get("__type").asText() : header != null ? header : "UnknownError";
        raw = raw.substring(raw.lastIndexOf('#') + 1);
        int colon = raw.indexOf(':');
        return colon < 0 ? raw : raw.substring(0, colon);
    }

    /** The answer as JSON, or null when it is not JSON (a proxy's error page). */
    private static JsonNode parse(byte[] bytes) {
        try {
            return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    private static void sleep(Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SdkClientException.create("interrupted while waiting to retry");
        }
    }

    @Override
    public void close() {
        http.close();
        retry.close();
    }
}
