package io.hopscope.io.collect;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Recomputes an AWS Signature Version 4 from the request as received, independently of the SDK's
 * signer (AWS General Reference, "Create a signed AWS API request"): canonical request (method, URI,
 * query, the signed headers lower-cased with trimmed values, SHA-256 of the body), string to sign
 * ("AWS4-HMAC-SHA256", X-Amz-Date, scope, hash of the canonical request), and the key derived by
 * HMAC-SHA256 over date, Region, service and "aws4_request".
 */
final class SigV4Check {
    private SigV4Check() {
    }

    static String signature(HttpExchange x, String body, String secretKey) {
        String auth = x.getRequestHeaders().getFirst("Authorization");
        String credential = field(auth, "Credential=");
        String signedHeaders = field(auth, "SignedHeaders=");
        String scope = credential.substring(credential.indexOf('/') + 1);
        String[] parts = scope.split("/");
        String amzDate = x.getRequestHeaders().getFirst("X-Amz-Date");
        StringBuilder canonical = new StringBuilder(x.getRequestMethod()).append('\n')
                .append(x.getRequestURI().getRawPath()).append('\n')
                .append(x.getRequestURI().getRawQuery() == null ? "" : x.getRequestURI().getRawQuery()).append('\n');
        for (String h : signedHeaders.split(";")) {
            canonical.append(h).append(':').append(String.valueOf(x.getRequestHeaders().getFirst(h)).trim()).append('\n');
        }
        canonical.append('\n').append(signedHeaders).append('\n').append(hex(sha256(body.getBytes(StandardCharsets.UTF_8))));
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), parts[0]);
        key = hmac(key, parts[1]);
        key = hmac(key, parts[2]);
        key = hmac(key, parts[3]);
        return hex(hmac(key, toSign));
    }

    private static String field(String auth, String name) {
        int i = auth.indexOf(name) + name.length();
        int end = auth.indexOf(',', i);
        return (end < 0 ? auth.substring(i) : auth.substring(i, end)).trim();
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
