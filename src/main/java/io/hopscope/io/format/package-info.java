/**
 * Diagram file format v1: {@link io.hopscope.io.format.DiagramWriter},
 * {@link io.hopscope.io.format.DiagramReader} and {@link io.hopscope.io.format.AtomicFileWriter}.
 *
 * <h2>Decision record: the diagram file format</h2>
 *
 * <p><b>Context.</b> A diagram file holds an AWS network model and where its shapes are drawn.
 * People share these files in Git, review them in pull requests and fix them by hand; learners
 * open files from others. Users of similar tools ask for files that "diff well: pretty JSON,
 * stable order, never one long line, no compression" and for a local, open format that outlives
 * the tool. A file from a stranger must never be able to do harm or hang the app.
 *
 * <p><b>Options.</b>
 * <ol>
 *   <li>Jackson data binding of the model records (annotations on records, or mix-ins): little
 *       code, but field names and order follow the Java records, unknown fields are silently
 *       dropped or fail at the first one, errors carry no clean JSON path, and polymorphic
 *       typing is one annotation away from a deserialization gadget.</li>
 *   <li>YAML: nicer to type, but indentation errors are easy to make and hard to see in a diff,
 *       and a YAML parser brings anchors/aliases (billion laughs) and tags to defend against.</li>
 *   <li>The AWS CLI's describe-* JSON as the file: familiar, but spread over many files, very
 *       verbose, with no place for layout, notes or hand-drawn resources.</li>
 *   <li>Our own JSON schema read through Jackson's tree model with explicit, hand-written mapping
 *       in both directions (chosen).</li>
 * </ol>
 *
 * <p><b>Choice.</b> Option 4. The file is one JSON object:
 * <pre>
 * { "format": "hopscope-diagram", "version": 1, "title": ..., "description": ...,
 *   "model":  { "vpcs": [...], "subnets": [...], "routeTables": [...], "networkAcls": [...],
 *               "securityGroups": [...], "prefixLists": [...], "internetGateways": [...],
 *               "egressOnlyInternetGateways": [...], "natGateways": [...], "vpcEndpoints": [...],
 *               "peeringConnections": [...], "vpnGateways": [...], "networkInterfaces": [...],
 *               "workloads": [...], "externals": [...] },
 *   "layout": { "shapes": { "&lt;resource id&gt;": {"x": 0, "y": 0, "width": 400, "height": 300} },
 *               "notes": [ {"id": ..., "text": ..., "x": ..., "y": ..., "width": ..., "height": ...} ] },
 *   "traces": [ {"from": "web-1", "to": "orders-db", "protocol": "tcp", "port": 3306, "sourcePort": ...} ] }
 * </pre>
 * {@code traces} is optional (left out when empty): the trace questions kept with the diagram,
 * most recent first, written in that order; {@code protocol}, {@code port} and {@code sourcePort}
 * are optional and take the engine's defaults.
 * Values are written the way people read them: CIDRs and IPs as text ({@code "10.0.1.0/24"}),
 * references as plain ids ({@code "vpc": "vpc-0a1"}), protocols by name ({@code "tcp"}, or a number
 * for others), ports as {@code "443"}, {@code "1024-65535"} or {@code "all"} (a bare number is
 * accepted too), ICMP as {@code {"type": 8, "code": -1}}, NACL entries split into {@code inbound}
 * and {@code outbound} with their {@code rule} number, security group peers as one of
 * {@code cidr}, {@code securityGroup} or {@code prefixList}, routes as {@code destination} (or
 * {@code destinationPrefixList}), {@code targetKind} and {@code target}.
 *
 * <p>Writing is deterministic so that saving an unchanged diagram changes no byte: sections in a
 * fixed order, resources sorted by id, NACL entries by rule number, fields in a fixed order,
 * fields holding their default ({@code ""}, {@code []}, {@code false}, state "available", status
 * "active") left out, two-space indent, {@code \n} line ends, a final newline, whole coordinates
 * as integers. Saving goes through a temporary file in the same directory, fsync, then an atomic
 * rename, so a crash never leaves half a file.
 *
 * <p>Reading is strict and complete: every problem is reported with its JSON path, not only the
 * first; unknown fields are errors (a newer or misspelt field is never lost silently on the next
 * save); a file from a newer version is refused with both version numbers; IPv4 text must be a
 * plain dotted quad and CIDRs must have no host bits, because the lenient forms are typos in a
 * hand-edited file. Model-level rules ({@link io.hopscope.check.ModelValidator}) run on the
 * result and their problems are placed at the paths the resources were read from. Defences:
 * a 64 MB size check before reading, Jackson {@code StreamReadConstraints} (nesting depth 64,
 * strings 1 MB, numbers 40 digits, 4 million tokens), duplicate keys rejected, NaN/Infinity
 * rejected, no data binding to classes at all (so no polymorphic typing, {@code @class} and
 * {@code __proto__} are just unknown fields).
 *
 * <p><b>Consequences.</b> Adding a field to a model record means adding it to
 * {@code ResourceEncoder} and {@code ResourceDecoder}; the round-trip test over a diagram that
 * uses every kind and field catches a forgotten side. A change that old readers cannot ignore
 * bumps {@code version}.
 */
package io.hopscope.io.format;
