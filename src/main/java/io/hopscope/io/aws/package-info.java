/**
 * Import of AWS CLI {@code describe-*} JSON into the model, in two stages (after Batfish's AWS
 * representation): {@code describe/} holds plain records of the API output and the reader that
 * binds files to them by top-level key; the converters here map those records into
 * {@link io.hopscope.model.NetworkModel}, checking every id they reference.
 *
 * <p>Decisions worth remembering:
 * <ul>
 *   <li>Problems, never exceptions: {@link io.hopscope.io.aws.AwsImporter#importDirectory} reports an
 *       unreadable directory or file, a refused (hostile) file and every contradiction as a
 *       {@link io.hopscope.check.Problem} located by file and JSON path, and still returns a model.</li>
 *   <li>Severities: ERROR = something was dropped or changed to keep the model consistent (the
 *       message says what: "subnet X dropped", "route kept as blackhole", "association dropped");
 *       WARNING = kept but doubtful (a group reference outside the snapshot, an RDS instance with no
 *       matching ENI); INFO = input skipped on purpose (unknown top-level key, terminated instance,
 *       a peer VPC of another account).</li>
 *   <li>A route to a target missing from the snapshot becomes a blackhole, the state AWS gives a
 *       route whose target was deleted; dropping it would let a shorter prefix carry the traffic.</li>
 *   <li>RDS instances sit on their RDSNetworkInterface ENI (subnet group, zone and exact security
 *       groups must match); without one the DB has no address rather than an invented one.</li>
 *   <li>Read limits: nesting depth 64, strings 1 MiB, files 256 MiB by default; a file that breaks
 *       one contributes nothing.</li>
 * </ul>
 *
 * <p>The quota-scale account generator ({@code SyntheticAccount}) writes files in the same shapes for
 * benchmarks and tests; it lives in test scope, so it never ships in the application jar
 * ({@code mvn -B -Pbench test-compile exec:exec}, see src/bench/java/io/hopscope/bench).
 */
package io.hopscope.io.aws;
