/**
 * The trace engine: given a {@link io.hopscope.model.NetworkModel} and a flow, what happens to the
 * request and to its reply, hop by hop, naming at every hop the component and the rule that decided.
 *
 * <p>Decisions worth remembering:
 * <ul>
 * <li>Context: the AWS VPC rules (security groups, network ACLs and route tables in the Amazon VPC User Guide) and AWS Reachability Analyzer order hops as
 *     SG, NACL, route table, gateway, NACL, SG. The walk ({@code walk.PathWalker}) follows that order and keeps
 *     the packet as each component sees it, so translations (IGW 1:1 NAT, NAT gateway SNAT) show.</li>
 * <li>The reply is not a separate rule set: it is the reverse of the packet that arrived, walked
 *     through the same code with two differences, security groups pass it by connection tracking
 *     and stateful gateways (NAT, egress-only gateway, gateway endpoint) undo what the request left
 *     in its {@code walk.Connection}. NACLs and route tables are evaluated again, which is the point.</li>
 * <li>Options for "all blockers": stop at the first (Reachability Analyzer) or evaluate on. We
 *     evaluate on as if each blocker had allowed (where a next hop exists) and report every blocker
 *     with fixes, but a path lists hops only up to its first blocker, as the CLI contract requires.
 *     Past an IGW that refuses a packet coming in, or a blackhole route to a pending peering, the
 *     walk goes on to the trace's target ({@code PastDrop}); one blocker is kept per cause.</li>
 * <li>Every lookup is built once per model in {@code index/} so one bidirectional trace costs tens
 *     of microseconds on a 10,000-ENI model and can run on every keystroke.</li>
 * </ul>
 * This package holds the trace vocabulary ({@link io.hopscope.engine.Hop}, {@link io.hopscope.engine.ComponentKind},
 * {@link io.hopscope.engine.Direction}, {@link io.hopscope.engine.Decision}, {@link io.hopscope.engine.RuleRef});
 * {@code eval} and {@code fix} build on it and {@code walk} on all three, so no package cycle exists.
 * The engine imports neither {@code io} nor Jackson: renderers live in {@code io.trace}.
 */
package io.hopscope.engine;
