/**
 * JMH benchmarks on the quota-scale {@link io.hopscope.io.aws.SyntheticAccount} (20 VPCs, 1,000
 * subnets, 10,000 ENIs, 1,000 security groups x 60 rules), compiled only by the Maven profile
 * {@code bench}, never by the normal build.
 *
 * <p>Run (short iterations; add a benchmark name regex at the end of jmh.args to pick some):
 * <pre>
 * mvn -B -Pbench test-compile exec:exec -Djmh.args="-wi 2 -i 3 -f 1 -w 2s -r 2s"
 * </pre>
 * Whole process (fresh JVM: import the snapshot, build the tracer, answer one trace):
 * <pre>
 * mvn -B -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt
 * CP=target/test-classes:target/classes:$(cat target/bench-cp.txt)
 * java -cp $CP io.hopscope.bench.GenerateAccount /tmp/quota
 * time java -cp $CP io.hopscope.bench.WholeProcessCheck /tmp/quota
 * </pre>
 *
 * <p>On a shared machine read wall times against {@code uptime}: at load 10 on two cores a
 * 10,000-trace loop spent about a fifth of its wall time on the CPU (ThreadMXBean CPU time), so
 * compare builds in alternation under the same load. A cold process is dominated by C2 compiling
 * the JSON binding: {@code java -XX:TieredStopAtLevel=1 -jar target/hopscope.jar trace ...} takes
 * about half the wall time of the default on two busy cores, a flag for a launcher script.
 */
package io.hopscope.bench;
