package io.hopscope.io.aws.describe;

import java.util.Locale;

/**
 * How much of an AWS describe-* folder is read before the import is refused, per file and per
 * import. Every top-level key goes through the same parser, so new keys inherit these limits.
 * The defaults are far above a quota-scale account (20 VPCs, 1,000 subnets, 10,020 interfaces,
 * 10,000 instances: about 20 MB in 25,000 records) and keep memory bounded on hostile input.
 *
 * @param maxFileBytes        a file's size, checked before and while reading
 * @param maxImportBytes      all JSON files of the folder together
 * @param maxFiles            {@code *.json} files in the folder and its sub-folders
 * @param maxTokensPerFile    JSON tokens in one file
 * @param maxNestingDepth     nesting of arrays and objects
 * @param maxStringLength     one string value, in characters
 * @param maxRecordsPerFile   elements of the record arrays of one file (and top-level keys)
 * @param maxRecordsPerImport the same over the whole folder
 */
public record AwsReadLimits(long maxFileBytes, long maxImportBytes, int maxFiles, long maxTokensPerFile,
                            int maxNestingDepth, int maxStringLength, int maxRecordsPerFile,
                            long maxRecordsPerImport) {

    public static final AwsReadLimits DEFAULTS = new AwsReadLimits(
            256L * 1024 * 1024, 1024L * 1024 * 1024, 10_000, 20_000_000L, 64, 1024 * 1024, 250_000, 1_000_000L);

    public AwsReadLimits withMaxFileBytes(long bytes) {
        return new AwsReadLimits(bytes, maxImportBytes, maxFiles, maxTokensPerFile, maxNestingDepth, maxStringLength,
                maxRecordsPerFile, maxRecordsPerImport);
    }

    public AwsReadLimits withMaxRecords(int perFile, long perImport) {
        return new AwsReadLimits(maxFileBytes, maxImportBytes, maxFiles, maxTokensPerFile, maxNestingDepth,
                maxStringLength, perFile, perImport);
    }

    public AwsReadLimits withMaxImportBytes(long bytes) {
        return new AwsReadLimits(maxFileBytes, bytes, maxFiles, maxTokensPerFile, maxNestingDepth, maxStringLength,
                maxRecordsPerFile, maxRecordsPerImport);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
