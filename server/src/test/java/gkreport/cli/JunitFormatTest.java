package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.rules.RuleId;
import gkreport.testkit.Samples;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** check --format junit: one suite per file, one case per rule, failed by the rule's errors, well-formed XML. */
class JunitFormatTest {
    @TempDir
    Path dir;

    @Test
    void eachFileIsASuiteEachRuleACaseFailedByItsErrors() throws Exception {
        Path report = Files.copy(Samples.path("003"), dir.resolve("a&<b>.txt"));
        Path binary = Files.write(dir.resolve("z.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0});
        CliRun run = CliRun.of("check", "--format", "junit", report.toString(), binary.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element first = (Element) suites.item(0);
        assertThat(first.getAttribute("name")).endsWith("a&<b>.txt");
        assertThat(first.getAttribute("tests")).isEqualTo(String.valueOf(RuleId.values().length));
        assertThat(first.getAttribute("failures")).isEqualTo("1");
        Element failed = (Element) first.getElementsByTagName("failure").item(0);
        assertThat(((Element) failed.getParentNode()).getAttribute("name")).isEqualTo("section-number");
        assertThat(failed.getTextContent()).contains(":348:1: 错误 标题序号“4、”有误", ":395:1: 错误 标题序号“5、”有误");
        Element second = (Element) suites.item(1);
        assertThat(second.getAttribute("errors")).isEqualTo("1");
        assertThat(((Element) second.getElementsByTagName("error").item(0)).getAttribute("message")).contains("无法读取");
    }
}
