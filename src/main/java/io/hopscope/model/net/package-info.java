/**
 * Addresses, blocks, protocols and ports: small immutable values the engine compares millions of
 * times, with no dependency but the JDK and the IPAddress library (for the textual forms).
 *
 * <p>{@link io.hopscope.model.net.IpAddress}, {@link io.hopscope.model.net.Cidr},
 * {@link io.hopscope.model.net.Protocol} and {@link io.hopscope.model.net.PortRange} write out
 * {@code equals} and {@code hashCode}, with exactly the values a record's generated methods give
 * (each component compared; the hash {@code 31 * h + component}, in component order, from 0), so
 * hash orders and every output stay as they were. The generated methods link through
 * {@code ObjectMethods.bootstrap} on their first call, which builds a method-handle tree per record
 * class: 1-17 ms each on a cold JVM (measured 2026-12-03), and these four are met by every command
 * at start-up. {@code RecordMethodsTest} holds them to a record's values.
 */
package io.hopscope.model.net;
