package io.hopscope.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.model.net.Cidr;
import io.hopscope.edit.create.NewResourceKind;
import io.hopscope.text.Text;
import io.hopscope.ui.UiTestDiagrams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every edit says what it does as a key of the engine's bundle, so the Edit menu of a Korean window
 * reads "web-1 삭제 실행 취소" while the English description, which the command line and the tests
 * compare, stays what it was.
 */
class EditTextsTest {

    private static boolean hangul(String s) {
        return s.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    /** An edit class that only had {@code description()} would show English in the Korean menu. */
    @Test
    void everyEditClassGivesItsTextAsAKey() throws IOException {
        List<String> plain = new ArrayList<>();
        int edits = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                if (src.matches("(?s).*\\bimplements Edit\\b.*")) {
                    edits++;
                    if (!src.contains("public Text text()")) {
                        plain.add(f.getFileName().toString());
                    }
                }
            }
        }
        assertTrue(edits >= 50, "edit classes found: " + edits);
        assertEquals(List.of(), plain);
    }

    @Test
    void everyNewResourceKindIsNamedInBothLanguages() {
        for (NewResourceKind kind : NewResourceKind.values()) {
            assertEquals(kind.inSentence(), kind.text().toString(), kind.name());
            assertFalse(kind.text().format(Locale.KOREAN).startsWith("edit."), kind.name());
            // The palette's refusals open with the kind: "An RDS database must be dropped into a subnet."
            Text opening = Text.of("edit.newKind.a." + kind.name());
            if (kind.needs() == NewResourceKind.Needs.SUBNET || kind.needs() == NewResourceKind.Needs.VPC) {
                String a = kind.withArticle();
                assertEquals(Character.toUpperCase(a.charAt(0)) + a.substring(1), opening.toString(), kind.name());
                assertEquals(kind.text().format(Locale.KOREAN), opening.format(Locale.KOREAN), kind.name());
            }
        }
    }

    /** What the inspector shows under a refused field: the edit's own reason or the model rule it breaks. */
    @Test
    void refusalsReadInKoreanAndStayEnglishForTheCommandLine() {
        Diagram d = Ec2ToRds.diagram();
        CheckedEdit noRule = CheckedEdit.tryOn(d, List.of(), new RemoveAclEntryEdit(Ec2ToRds.DB_ACL, false, 4242),
                io.hopscope.check.ModelValidator::validate);
        assertEquals(Ec2ToRds.DB_ACL + " has no inbound rule 4242", noRule.refusal().orElseThrow());
        assertEquals(Ec2ToRds.DB_ACL + "에 인바운드 규칙 4242이(가) 없습니다", noRule.refusal(Locale.KOREAN).orElseThrow());
        CheckedEdit overlap = CheckedEdit.tryOn(d, List.of(), new SetSubnetCidrEdit(Ec2ToRds.WEB_SUBNET, false,
                Cidr.parse("10.0.2.0/24")), io.hopscope.check.ModelValidator::validate);
        assertTrue(overlap.refusal().orElseThrow().contains("overlaps subnet"), overlap.refusal()::toString);
        assertTrue(overlap.refusal(Locale.KOREAN).orElseThrow().contains("겹칩니다"), overlap.refusal(Locale.KOREAN)::toString);
        assertEquals(overlap.refusal(), overlap.refusal(Locale.ENGLISH));
    }

    @Test
    void theUndoTextReadsInKoreanWithNamesAndInEnglishAsBefore() {
        EditHistory history = new EditHistory(UiTestDiagrams.twoTier());
        history.perform(new ResizeShapeEdit(new Shape(UiTestDiagrams.PUBLIC_SUBNET, 32, 70, 420, 300)));
        Text resize = history.undoText().orElseThrow();
        assertEquals("Resize public-a", resize.format(Locale.ROOT));
        assertEquals(history.undoDescription().orElseThrow(), resize.toString());
        assertEquals("public-a 크기 조정", resize.format(Locale.KOREAN));
        history.perform(new DeleteResourcesEdit(Set.of(UiTestDiagrams.WEB)));
        assertEquals("web-1 삭제", history.undoText().orElseThrow().format(Locale.KOREAN),
                "a deleted resource is named from before");
        history.undo();
        assertEquals("web-1 삭제", history.redoText().orElseThrow().format(Locale.KOREAN));
        history.perform(MoveShapesEdit.of(3, List.of(new Shape(UiTestDiagrams.PUBLIC_SUBNET, 0, 0, 10, 10)), 5, 5));
        assertEquals("Move 3 shapes", history.undoDescription().orElseThrow());
        assertTrue(hangul(history.undoText().orElseThrow().format(Locale.KOREAN)));
    }

    /**
     * The transit and hybrid edits and the lookup every edit uses refuse with keys: a plain
     * exception there would show English under a field of the Korean inspector.
     */
    @Test
    void transitAndHybridEditsRefuseWithKeys() throws IOException {
        List<String> plain = new ArrayList<>();
        List<Path> sources = new ArrayList<>(List.of(Path.of("src/main/java/io/hopscope/edit/Lookup.java")));
        for (String dir : List.of("transit", "hybrid")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/java/io/hopscope/edit", dir))) {
                sources.addAll(files.filter(p -> p.toString().endsWith(".java")).toList());
            }
        }
        for (Path f : sources) {
            String src = Files.readString(f);
            if (src.contains("new IllegalStateException(") || src.contains("new IllegalArgumentException(")) {
                plain.add(f.getFileName().toString());
            }
        }
        assertTrue(sources.size() >= 10, "sources scanned: " + sources.size());
        assertEquals(List.of(), plain);
    }

    @Test
    void aVanishedResourceIsNamedInTheUiLanguage() {
        CheckedEdit table = CheckedEdit.tryOn(Ec2ToRds.diagram(), List.of(),
                new io.hopscope.edit.transit.SetPropagationEdit("tgw-rtb-0gone", "tgw-attach-0gone", true),
                io.hopscope.check.ModelValidator::validate);
        assertEquals("transit gateway route table tgw-rtb-0gone no longer exists", table.refusal().orElseThrow());
        assertEquals("전송 게이트웨이 라우팅 테이블 tgw-rtb-0gone이(가) 더 이상 없습니다",
                table.refusal(Locale.KOREAN).orElseThrow());
        CheckedEdit subnet = CheckedEdit.tryOn(Ec2ToRds.diagram(), List.of(),
                new SetSubnetCidrEdit("subnet-0gone", false, Cidr.parse("10.0.9.0/24")),
                io.hopscope.check.ModelValidator::validate);
        assertEquals("subnet subnet-0gone no longer exists", subnet.refusal().orElseThrow());
        assertEquals("서브넷 subnet-0gone이(가) 더 이상 없습니다", subnet.refusal(Locale.KOREAN).orElseThrow());
    }

    /** An existing NACL rule number, a vanished route table and a bad block are refused in Korean too. */
    @Test
    void inspectorRefusalsOfRulesRoutesAndBlocksReadInKorean() {
        io.hopscope.model.NetworkAcl acl = Ec2ToRds.diagram().model().networkAcls().stream()
                .filter(a -> a.id().equals(Ec2ToRds.DB_ACL)).findFirst().orElseThrow();
        io.hopscope.model.AclEntry taken = acl.entries().stream().filter(e -> !e.egress()).findFirst().orElseThrow();
        CheckedEdit twice = CheckedEdit.tryOn(Ec2ToRds.diagram(), List.of(), new AddAclEntryEdit(Ec2ToRds.DB_ACL, taken),
                io.hopscope.check.ModelValidator::validate);
        assertEquals(Ec2ToRds.DB_ACL + " already has inbound rule " + taken.ruleNumber(), twice.refusal().orElseThrow());
        assertTrue(hangul(twice.refusal(Locale.KOREAN).orElseThrow()), twice.refusal(Locale.KOREAN)::toString);
        CheckedEdit route = CheckedEdit.tryOn(Ec2ToRds.diagram(), List.of(),
                new RemoveRouteEdit("rtb-0gone", "0.0.0.0/0"), io.hopscope.check.ModelValidator::validate);
        assertEquals("route table rtb-0gone no longer exists", route.refusal().orElseThrow());
        assertEquals("라우팅 테이블 rtb-0gone이(가) 더 이상 없습니다", route.refusal(Locale.KOREAN).orElseThrow());
        RuntimeException block = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SetSubnetCidrEdit(Ec2ToRds.WEB_SUBNET, true, Cidr.parse("10.0.9.0/24")));
        assertEquals("10.0.9.0/24 is not an IPv6 block", block.getMessage());
        assertEquals("10.0.9.0/24은(는) IPv6 블록이 아닙니다", EditRefusal.message(block, Locale.KOREAN));
    }

    /** An edit's text is keyed and its English is the description the command line and older tests read. */
    private static void keyed(Edit e, String english) {
        assertEquals(english, e.description());
        assertEquals(english, e.text().toString());
        assertTrue(e.text().key() != null, english);
        assertTrue(hangul(e.text().format(Locale.KOREAN)), e.text().format(Locale.KOREAN));
    }

    @Test
    void vpnCustomerAndDirectConnectFieldEditsReadInKorean() {
        Diagram d = io.hopscope.testing.samples.SampleDiagrams.hybridVpn();
        var m = d.model();
        var vpn = m.vpnConnections().get(0);
        var vgw = m.vpnGateways().get(0);
        var cgw = m.customerGateways().get(0);
        keyed(io.hopscope.edit.hybrid.HybridEdits.vpnRoutes(d, vpn.id(), List.of(Cidr.parse("10.9.0.0/16"))),
                "Set static routes of " + vpn.label() + " to [10.9.0.0/16]");
        keyed(io.hopscope.edit.hybrid.HybridEdits.vpnRouting(d, vpn.id(), false), "Use BGP on " + vpn.label());
        keyed(io.hopscope.edit.hybrid.HybridEdits.vpnState(d, vpn.id(), "down"), "Set state of " + vpn.label() + " to down");
        keyed(io.hopscope.edit.hybrid.HybridEdits.vpnCustomerGateway(d, vpn.id(), cgw.id()),
                "Connect " + vpn.label() + " to " + cgw.label());
        keyed(io.hopscope.edit.hybrid.HybridEdits.customerGateway(d, cgw.id(), cgw.ipAddress(), 65010L, List.of()),
                "Set " + cgw.label() + " to " + cgw.ipAddress() + ", ASN 65010, []");
        var dx = new io.hopscope.model.DirectConnectGateway("dxgw-1", "dx", 64512L, "available", List.of());
        Diagram withDx = d.withModel(m.toBuilder().add(dx).build());
        keyed(io.hopscope.edit.hybrid.HybridEdits.dxAsn(withDx, "dxgw-1", 64513L), "Set Amazon side ASN of dx to 64513");
        Edit associate = io.hopscope.edit.hybrid.HybridEdits.dxAssociation(withDx, "dxgw-1", vgw.id(),
                List.of(Cidr.parse("10.0.0.0/16")));
        keyed(associate, "Associate dx with " + vgw.label() + " [10.0.0.0/16]");
        keyed(io.hopscope.edit.hybrid.HybridEdits.dxAssociation(associate.apply(withDx), "dxgw-1", null, List.of()),
                "Remove the association of dx");
    }

    @Test
    void aPasteIsNamedInKorean() {
        Diagram twoTier = UiTestDiagrams.twoTier();
        var one = io.hopscope.edit.paste.PastePlanner.plan(twoTier.model(), twoTier.model(), Set.of(UiTestDiagrams.WEB),
                twoTier.layout().shapes(), 40).edit();
        keyed(one, "Paste 1 resource");
        assertEquals("리소스 1개 붙여넣기", one.text().format(Locale.KOREAN));
        var vpc = io.hopscope.edit.paste.PastePlanner.plan(twoTier.model(), twoTier.model(), Set.of(UiTestDiagrams.APP_VPC),
                twoTier.layout().shapes(), 40).edit();
        keyed(vpc, "Paste VPC app-vpc (copy)");
        assertEquals("VPC app-vpc (copy) 붙여넣기", vpc.text().format(Locale.KOREAN));
        var nothing = io.hopscope.edit.paste.PastePlanner.plan(twoTier.model(), twoTier.model(), Set.of("i-0gone"),
                twoTier.layout().shapes(), 40);
        assertEquals("Nothing to paste here.", nothing.refusal());
        assertEquals("여기에 붙여넣을 것이 없습니다.", nothing.refusal(Locale.KOREAN));
    }

    /** Descriptions built from English words would show English in the Korean Edit menu. */
    @Test
    void noEditIsBuiltFromAnEnglishLiteral() throws IOException {
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile(
                "new (ReplaceResourceEdit|AddResourcesEdit|CompositeEdit)\\(\\s*\"|replace\\(d, \"");
        List<String> plain = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/hopscope/edit"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (literal.matcher(Files.readString(f)).find()) {
                    plain.add(f.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), plain);
    }
}
