package io.hopscope.io.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hopscope.check.Problem;
import io.hopscope.io.aws.describe.AwsDescribeReader;
import io.hopscope.io.aws.describe.AwsReadLimits;
import io.hopscope.io.aws.describe.AwsSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS reader's refusals and unreadable files say what and where in the UI's language (line,
 * column, the kind of JSON error, the limit passed), while the command line keeps printing
 * Jackson's and its own English exactly as before.
 */
class AwsReadRefusalsTextTest {

    @TempDir
    Path dir;

    private static String korean(Problem p) {
        return p.message(Locale.KOREAN);
    }

    @Test
    void brokenJsonSaysWhereAndWhatInKoreanAndJacksonsWordsInEnglish() throws Exception {
        String broken = "{\"Vpcs\": [ {\"VpcId\": ";
        AwsImport result = new AwsFixture(dir).write("broken.json", broken).importAll();
        Problem p = result.errors().get(0);
        JsonProcessingException jackson = org.junit.jupiter.api.Assertions.assertThrows(JsonProcessingException.class,
                () -> new ObjectMapper().readTree(broken));
        assertEquals("not valid JSON: " + jackson.getOriginalMessage() + " (line 1)", p.message());
        assertEquals("올바른 JSON이 아님: 입력이 예기치 않게 끝남(1행 22열)", korean(p));
        assertEquals("not valid JSON: unexpected end of input (line 1, column 22)", p.message(Locale.ENGLISH));
    }

    @Test
    void aBadCharacterIsNamedWithItsLine() {
        AwsImport result = new AwsFixture(dir).write("typo.json", "{\"Vpcs\": [\n  {\"VpcId\": 'vpc-9'}]}").importAll();
        assertEquals("올바른 JSON이 아님: 예기치 않은 문자 '''(2행 13열)", korean(result.errors().get(0)));
    }

    @Test
    void tooDeepIsRefusedWithTheLimitInKorean() throws Exception {
        new AwsFixture(dir);
        Files.writeString(dir.resolve("deep.json"), "{\"Vpcs\": " + "[".repeat(100) + "]".repeat(100) + "}");
        Problem p = AwsImporter.importDirectory(dir).errors().get(0);
        assertEquals("refused: Document nesting depth (65) exceeds the maximum allowed (64, from "
                + "`StreamReadConstraints.getMaxNestingDepth()`)", p.message());
        assertEquals("거부됨: 중첩 깊이 65단계가 한도 64단계를 넘음", korean(p));
    }

    @Test
    void anUnreadableRecordSaysTheKindOfValueItWanted() {
        AwsImport result = new AwsFixture(dir).write("more-vpcs.json", """
                {"Vpcs": [{"VpcId": "vpc-odd", "CidrBlock": "10.7.0.0/16", "IsDefault": "maybe"}]}
                """).importAll();
        Problem p = result.errors().stream().filter(e -> e.location().startsWith("more-vpcs.json")).findFirst().orElseThrow();
        assertEquals("unreadable AwsVpc, skipped: Cannot deserialize value of type `java.lang.Boolean` from String "
                + "\"maybe\": only \"true\" or \"false\" recognized", p.message());
        assertEquals("VPC 레코드를 읽을 수 없어 건너뜀: 'maybe'은(는) 올바른 true/false 값이 아님", korean(p));
    }

    @Test
    void anUnreadableRecordIsNamedAsTheAwsResourceOrTheDescribeKeyNeverTheJavaRecord() {
        AwsImport result = new AwsFixture(dir).write("odd.json", """
                {"SecurityGroups": [{"GroupId": "sg-odd", "VpcId": "vpc-1", "IpPermissions": "all"}],
                 "Reservations": [{"Instances": [{"InstanceId": "i-odd", "NetworkInterfaces": 7}]}]}
                """).importAll();
        java.util.List<String> korean = result.errors().stream().filter(e -> e.location().startsWith("odd.json"))
                .map(AwsReadRefusalsTextTest::korean).toList();
        assertEquals(2, korean.size(), korean.toString());
        assertEquals("보안 그룹 레코드를 읽을 수 없어 건너뜀: 목록 형식의 값이 와야 함", korean.get(0));
        assertEquals("Instances 레코드를 읽을 수 없어 건너뜀: 목록 형식의 값이 와야 함", korean.get(1));
        String english = result.errors().stream().filter(e -> e.location().startsWith("odd.json")).findFirst()
                .orElseThrow().message();
        org.junit.jupiter.api.Assertions.assertTrue(english.startsWith("unreadable AwsSecurityGroup, skipped: Cannot "),
                english);
    }

    @Test
    void theFolderAndFileLimitsReadInKorean() throws Exception {
        Files.writeString(dir.resolve("Vpcs.json"), "{\"Vpcs\": []}" + " ".repeat(2000));
        AwsSnapshot s = new AwsDescribeReader(AwsReadLimits.DEFAULTS.withMaxImportBytes(1000)).read(dir);
        assertEquals("refused: the folder holds 2,012 bytes of JSON, over the 1,000 bytes limit per import",
                s.refusals().get(0).message());
        assertEquals("거부됨: 폴더의 JSON 크기(2,012바이트)가 가져오기당 한도(1,000바이트)를 넘음", korean(s.refusals().get(0)));

        Files.writeString(dir.resolve("Vpcs.json"), "{\"Vpcs\": [" + "{},".repeat(20) + "{}]}");
        s = new AwsDescribeReader(AwsReadLimits.DEFAULTS.withMaxRecords(10, 1000)).read(dir);
        assertEquals("refused: more than 10 records in one file (the limit per file)", s.refusals().get(0).message());
        assertEquals("거부됨: 한 파일의 레코드가 10개를 넘음(파일당 한도)", korean(s.refusals().get(0)));
        s = new AwsDescribeReader(AwsReadLimits.DEFAULTS.withMaxRecords(1000, 10)).read(dir);
        assertEquals("거부됨: 폴더의 레코드가 10개를 넘음(가져오기당 한도)", korean(s.refusals().get(0)));
    }

    @Test
    void tooManyFilesReadsInKorean() throws Exception {
        for (int i = 0; i < 4; i++) {
            Files.writeString(dir.resolve("Vpcs" + i + ".json"), "{\"Vpcs\": []}");
        }
        AwsReadLimits three = new AwsReadLimits(AwsReadLimits.DEFAULTS.maxFileBytes(), AwsReadLimits.DEFAULTS.maxImportBytes(),
                3, AwsReadLimits.DEFAULTS.maxTokensPerFile(), AwsReadLimits.DEFAULTS.maxNestingDepth(),
                AwsReadLimits.DEFAULTS.maxStringLength(), AwsReadLimits.DEFAULTS.maxRecordsPerFile(),
                AwsReadLimits.DEFAULTS.maxRecordsPerImport());
        Problem p = new AwsDescribeReader(three).read(dir).refusals().get(0);
        assertEquals("refused: more than 3 JSON files (the limit per import)", p.message());
        assertEquals("거부됨: JSON 파일이 3개를 넘음(가져오기당 한도)", korean(p));
    }
}
