package io.hopscope.ui.inspector;

import io.hopscope.engine.RuleRef;
import io.hopscope.edit.AddAclEntryEdit;
import io.hopscope.edit.RemoveAclEntryEdit;
import io.hopscope.edit.ReplaceAclEntryEdit;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RuleAction;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.Protocol;
import io.hopscope.ui.common.DiagramDocument;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The inbound or outbound entries of one network ACL, sorted by rule number because that is the
 * order AWS evaluates them in, first match wins, with the implicit {@code *} deny last [NACL].
 */
public final class AclEntriesViewModel extends RuleTableViewModel<AclRow> implements RuleRowActions {

    public enum Column { NUMBER, ACTION, PROTOCOL, PORTS, CIDR }

    /** AWS console habit: rules numbered in steps of 100 leave room to insert between them. */
    static final int STEP = 100;

    private final String aclId;
    private final boolean egress;

    public AclEntriesViewModel(DiagramDocument document, ResourceBundle messages, String aclId, boolean egress) {
        super(document, messages);
        this.aclId = aclId;
        this.egress = egress;
        refresh();
    }

    public String aclId() {
        return aclId;
    }

    public boolean egress() {
        return egress;
    }

    @Override
    protected List<AclRow> load(NetworkModel m) {
        NetworkAcl acl = m.networkAcl(aclId);
        List<AclRow> rows = new ArrayList<>();
        if (acl == null) {
            return rows;
        }
        List<AclEntry> entries = new ArrayList<>(egress ? acl.outbound() : acl.inbound());
        entries.sort(Comparator.comparingInt(AclEntry::ruleNumber));
        for (AclEntry e : entries) {
            rows.add(new AclRow(e, e.ruleLabel(), e.action().wireName(), e.protocol().label(),
                    RuleTexts.ports(e.protocol(), e.ports(), e.icmp()), e.cidr().toString()));
        }
        rows.add(new AclRow(null, "*", RuleAction.DENY.wireName(), Protocol.ALL.label(), "", "0.0.0.0/0"));
        return rows;
    }

    private List<AclEntry> entries() {
        return getRows().stream().filter(r -> !r.isFinalDeny()).map(AclRow::entry).toList();
    }

    /** The next free number after the highest, in steps of {@link #STEP}. */
    int nextNumber() {
        int max = entries().stream().mapToInt(AclEntry::ruleNumber).max().orElse(0);
        int next = (max / STEP + 1) * STEP;
        if (next > AclEntry.MAX_RULE_NUMBER) {
            for (int n = AclEntry.MIN_RULE_NUMBER; n <= AclEntry.MAX_RULE_NUMBER; n++) {
                int candidate = n;
                if (entries().stream().noneMatch(e -> e.ruleNumber() == candidate)) {
                    return n;
                }
            }
        }
        return next;
    }

    @Override
    public boolean add(RulePreset preset) {
        AclEntry entry = new AclEntry(nextNumber(), egress, preset.protocol(), preset.ports(),
                preset.protocol().isIcmp() ? io.hopscope.model.net.IcmpMatch.ANY : null,
                egress ? Cidr.ANY_IPV4 : vpcBlock(), RuleAction.ALLOW);
        return perform(() -> new AddAclEntryEdit(aclId, entry));
    }

    /** A new inbound entry admits the VPC's own block until the user widens it, never 0.0.0.0/0 by default. */
    private Cidr vpcBlock() {
        var m = document.getDiagram().model();
        var acl = m.networkAcl(aclId);
        var vpc = acl == null ? null : m.vpc(acl.vpcId());
        return vpc == null || vpc.ipv4Cidrs().isEmpty() ? Cidr.parse("10.0.0.0/8") : vpc.ipv4Cidrs().get(0);
    }

    @Override
    public boolean remove(int row) {
        AclRow r = getRows().get(row);
        return perform(() -> {
            fixed(r);
            return new RemoveAclEntryEdit(aclId, egress, r.entry().ruleNumber());
        });
    }

    @Override
    public boolean duplicate(int row) {
        AclRow r = getRows().get(row);
        return perform(() -> {
            fixed(r);
            AclEntry e = r.entry();
            return new AddAclEntryEdit(aclId, new AclEntry(nextNumber(), egress, e.protocol(), e.ports(), e.icmp(),
                    e.cidr(), e.action()));
        });
    }

    public boolean edit(int row, Column column, String value) {
        AclRow r = getRows().get(row);
        return perform(() -> {
            fixed(r);
            AclEntry e = r.entry();
            AclEntry changed = switch (column) {
                case NUMBER -> new AclEntry(number(value, e.ruleNumber()), egress, e.protocol(), e.ports(), e.icmp(),
                        e.cidr(), e.action());
                case ACTION -> new AclEntry(e.ruleNumber(), egress, e.protocol(), e.ports(), e.icmp(), e.cidr(), action(value));
                case PROTOCOL -> {
                    Protocol p = Protocol.parse(value);
                    String keep = p.hasPorts() == e.protocol().hasPorts() && p.isIcmp() == e.protocol().isIcmp()
                            ? RuleTexts.ports(e.protocol(), e.ports(), e.icmp()) : "";
                    yield new AclEntry(e.ruleNumber(), egress, p, RuleTexts.parsePorts(p, keep), RuleTexts.parseIcmp(p, keep),
                            e.cidr(), e.action());
                }
                case PORTS -> {
                    if (!e.protocol().hasPorts() && !e.protocol().isIcmp() && !value.isBlank()) {
                        throw new IllegalArgumentException(text("inspector.error.noPorts"));
                    }
                    yield new AclEntry(e.ruleNumber(), egress, e.protocol(), RuleTexts.parsePorts(e.protocol(), value),
                            RuleTexts.parseIcmp(e.protocol(), value), e.cidr(), e.action());
                }
                case CIDR -> new AclEntry(e.ruleNumber(), egress, e.protocol(), e.ports(), e.icmp(), Cidr.parse(value), e.action());
            };
            return new ReplaceAclEntryEdit(aclId, e.ruleNumber(), changed);
        });
    }

    private void fixed(AclRow r) {
        if (r.isFinalDeny()) {
            throw new IllegalArgumentException(text("inspector.error.finalDeny"));
        }
    }

    /** A rule number 1-32766 not used by another entry of this direction [NACL]. */
    private int number(String text, int current) {
        int n;
        try {
            n = Integer.parseInt(text.strip());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(MessageFormat.format(text("inspector.error.ruleNumber"), text,
                    AclEntry.MIN_RULE_NUMBER, Integer.toString(AclEntry.MAX_RULE_NUMBER)));
        }
        if (n < AclEntry.MIN_RULE_NUMBER || n > AclEntry.MAX_RULE_NUMBER) {
            throw new IllegalArgumentException(MessageFormat.format(text("inspector.error.ruleNumber"), text,
                    AclEntry.MIN_RULE_NUMBER, Integer.toString(AclEntry.MAX_RULE_NUMBER)));
        }
        if (n != current && entries().stream().anyMatch(e -> e.ruleNumber() == n)) {
            throw new IllegalArgumentException(MessageFormat.format(text("inspector.error.duplicateRule"), Integer.toString(n)));
        }
        return n;
    }

    private static RuleAction action(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "allow" -> RuleAction.ALLOW;
            case "deny" -> RuleAction.DENY;
            default -> throw io.hopscope.edit.EditRefusal.invalid("edit.refusal.notAllowOrDeny", text);
        };
    }

    /** The row of the entry numbered as {@code ref} says, or of the final "*" rule; -1 for another list. */
    @Override
    public int rowOf(RuleRef ref) {
        if (!aclId.equals(ref.resourceId()) || ref.direction() == null || ref.direction().isEgress() != egress) {
            return -1;
        }
        for (int i = 0; i < getRows().size(); i++) {
            AclEntry e = getRows().get(i).entry();
            boolean hit = ref.kind() == RuleRef.Kind.DEFAULT_RULE ? e == null
                    : ref.kind() == RuleRef.Kind.RULE && e != null && e.ruleNumber() == ref.number();
            if (hit) {
                return i;
            }
        }
        return -1;
    }
}
