package io.hopscope.testing.hostile;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.io.format.PngDiagramChunk;
import io.hopscope.model.NetworkModel;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes hostile inputs into a folder at test time (never committed): malformed and truncated
 * JSON, deep nesting, huge arrays and strings, NUL and invalid UTF-8, duplicate ids, dangling
 * references of every kind, invalid CIDRs and ports, quadratic shapes, PNG bombs, FIFOs, a link
 * to /dev/zero, link loops, control characters in names, and AWS folders up to a 100 MB array.
 */
public final class HostileCorpus {

    /** One input: a diagram-like file or an AWS folder. {@code big} inputs run fewer commands. */
    public record Input(String name, Path path, boolean folder, boolean big) {
    }

    private final Path root;
    private final Path sample;
    private final List<Input> inputs = new ArrayList<>();

    public HostileCorpus(Path root, Path sampleDiagram) {
        this.root = root;
        this.sample = sampleDiagram;
    }

    public List<Input> write(boolean withHundredMegabytes) throws IOException, InterruptedException {
        String good = Files.readString(sample);
        String header = "{\"format\": \"hopscope-diagram\", \"version\": 1, ";
        text("malformed.json", header + "\"model\": {\"vpcs\": [{\"id\": ");
        text("truncated.json", good.substring(0, good.length() / 2));
        text("empty.json", "");
        text("deep-nesting.json", header + "\"title\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        text("huge-array.json", header + "\"model\": {\"vpcs\": [" + "0,".repeat(5_000_000) + "0]}}");
        text("huge-string.json", header + "\"description\": \"" + "x".repeat(3_000_000) + "\", \"model\": {}}");
        text("long-id.json", good.replace("\"id\": \"vpc-0a1b2c3d4e5f60001\"", "\"id\": \"" + "v".repeat(5_000) + "\""));
        bytes("nul.json", (header + "\"title\": \"a\u0000b\", \"model\": {}}").getBytes(StandardCharsets.UTF_8));
        byte[] utf = good.getBytes(StandardCharsets.UTF_8);
        utf[utf.length / 3] = (byte) 0xFF;
        utf[utf.length / 3 + 1] = (byte) 0xFE;
        bytes("invalid-utf8.json", utf);
        text("duplicate-ids.json", good.replace("\"id\": \"subnet-0a1b2c3d4e5f60004\"", "\"id\": \"subnet-0a1b2c3d4e5f60003\""));
        text("dangling-vpc.json", good.replace("\"vpc\": \"vpc-0a1b2c3d4e5f60001\"", "\"vpc\": \"vpc-gone\""));
        text("dangling-every-kind.json", danglingEverything(good));
        text("invalid-cidrs-ports.json", good.replace("\"cidr\": \"10.0.1.0/24\"", "\"cidr\": \"10.0.300.0/24\"")
                .replaceAll("\"ports\": \"3306\"", "\"ports\": \"99999\"").replaceAll("\"ports\": \"443\"", "\"ports\": \"-1\""));
        text("escape-names.json", good.replace("\"name\": \"shop\"", "\"name\": \"\\u001b]0;owned\\u0007\\u001b[2J\"")
                .replace("\"name\": \"web-1\"", "\"name\": \"\\u001b[31mweb\\u001b[0m\"")
                .replace("\"name\": \"web-a\"", "\"name\": \"\\u001b[31mred\\u001b[0m\\u009b\\u202e\""));
        diagram("same-cidr-20k.json", BigModels.sameCidrSubnets(20_000));
        diagram("distinct-60k.json", BigModels.distinctSubnets(60_000));
        inputs.set(inputs.size() - 1, new Input("distinct-60k.json", root.resolve("distinct-60k.json"), false, true));
        bytes("png-bomb.png", pngWithChunk(deflated(100L * 1024 * 1024)));
        bytes("png-lying-length.png", pngLyingLength());
        special("fifo.json", "mkfifo");
        Files.createSymbolicLink(root.resolve("dev-zero.json"), Path.of("/dev/zero"));
        inputs.add(new Input("dev-zero.json", root.resolve("dev-zero.json"), false, false));
        Files.createSymbolicLink(root.resolve("loop-a.json"), root.resolve("loop-b.json"));
        Files.createSymbolicLink(root.resolve("loop-b.json"), root.resolve("loop-a.json"));
        inputs.add(new Input("loop-a.json", root.resolve("loop-a.json"), false, false));
        awsFolders(withHundredMegabytes);
        return inputs;
    }

    private void awsFolders(boolean withHundredMegabytes) throws IOException, InterruptedException {
        Path deleted = folder("aws-deleted-resources");
        AwsSnapshots.deletedResources(deleted);
        Path noVpc = folder("aws-no-vpc");
        Files.writeString(noVpc.resolve("Subnets.json"), "{\"Subnets\": [{\"SubnetId\": \"subnet-1\", \"VpcId\": \"vpc-1\","
                + " \"CidrBlock\": \"10.0.0.0/24\"}]}");
        Path unreadable = folder("aws-unreadable-vpcs");
        AwsSnapshots.deletedResources(unreadable);
        Files.delete(unreadable.resolve("Vpcs.json"));
        Files.createSymbolicLink(unreadable.resolve("Vpcs.json"), unreadable.resolve("gone/Vpcs.json"));
        Path fifo = folder("aws-fifo");
        AwsSnapshots.deletedResources(fifo);
        new ProcessBuilder("mkfifo", fifo.resolve("Extra.json").toString()).start().waitFor();
        Path loop = folder("aws-link-loop");
        AwsSnapshots.deletedResources(loop);
        Files.createSymbolicLink(loop.resolve("a.json"), loop.resolve("b.json"));
        Files.createSymbolicLink(loop.resolve("b.json"), loop.resolve("a.json"));
        Files.createSymbolicLink(loop.resolve("sub"), loop);
        Path zero = folder("aws-dev-zero");
        AwsSnapshots.deletedResources(zero);
        Files.createSymbolicLink(zero.resolve("Zero.json"), Path.of("/dev/zero"));
        Path bad = folder("aws-52k-bad-elements");
        Files.writeString(bad.resolve("Vpcs.json"), "{\"Vpcs\": [" + "1,".repeat(52_000) + "1]}");
        Path deep = folder("aws-deep");
        AwsSnapshots.deletedResources(deep);
        Files.writeString(deep.resolve("Deep.json"), "{\"Vpcs\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        if (withHundredMegabytes) {
            Path huge = root.resolve("aws-100mb");
            Files.createDirectories(huge);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(huge.resolve("Vpcs.json")), 1 << 20)) {
                out.write("{\"Vpcs\":[".getBytes(StandardCharsets.US_ASCII));
                byte[] element = "{},".getBytes(StandardCharsets.US_ASCII);
                for (long n = 0; n < 100L * 1024 * 1024 / 3; n++) {
                    out.write(element);
                }
                out.write("{}]}".getBytes(StandardCharsets.US_ASCII));
            }
            inputs.add(new Input("aws-100mb", huge, true, true));
        }
    }

    private static String danglingEverything(String good) {
        return good.replace("\"subnet\": \"subnet-0a1b2c3d4e5f60003\"", "\"subnet\": \"subnet-gone\"")
                .replace("\"target\": \"igw-0a1b2c3d4e5f60002\"", "\"target\": \"igw-gone\"")
                .replace("\"sg-0a1b2c3d4e5f6000c\"\n", "\"sg-gone\"\n")
                .replace("\"eni-0a1b2c3d4e5f6000f\"\n", "\"eni-gone\"\n")
                .replace("\"vpc\": \"vpc-0a1b2c3d4e5f60001\"", "\"vpc\": \"vpc-gone\"");
    }

    private void text(String name, String content) throws IOException {
        bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(String name, byte[] content) throws IOException {
        Files.write(root.resolve(name), content);
        inputs.add(new Input(name, root.resolve(name), false, false));
    }

    private void diagram(String name, NetworkModel model) throws IOException {
        Files.writeString(root.resolve(name), DiagramWriter.toJson(new Diagram(name, "", model, Layout.EMPTY)));
        inputs.add(new Input(name, root.resolve(name), false, false));
    }

    private void special(String name, String tool) throws IOException, InterruptedException {
        new ProcessBuilder(tool, root.resolve(name).toString()).inheritIO().start().waitFor();
        inputs.add(new Input(name, root.resolve(name), false, false));
    }

    private Path folder(String name) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        inputs.add(new Input(name, dir, true, false));
        return dir;
    }

    /** A zlib stream of {@code size} zero bytes: about a thousandth of that on disk. */
    private static byte[] deflated(long size) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        byte[] buffer = new byte[1 << 16];
        for (long left = size; left > 0; left -= zeros.length) {
            d.setInput(zeros, 0, (int) Math.min(zeros.length, left));
            while (!d.needsInput()) {
                out.write(buffer, 0, d.deflate(buffer));
            }
        }
        d.finish();
        while (!d.finished()) {
            out.write(buffer, 0, d.deflate(buffer));
        }
        d.end();
        return out.toByteArray();
    }

    private static byte[] pngWithChunk(byte[] compressedText) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes((PngDiagramChunk.KEYWORD + "\0").getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(new byte[] {1, 0, 0, 0});
        data.writeBytes(compressedText);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.writeBytes(chunk("iTXt", data.toByteArray()));
        png.writeBytes(chunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    private static byte[] pngLyingLength() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.writeBytes(ByteBuffer.allocate(8).putInt(Integer.MAX_VALUE).put("iTXt".getBytes(StandardCharsets.US_ASCII)).array());
        png.writeBytes(new byte[100]);
        return png.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(t).put(data).putInt((int) crc.getValue()).array();
    }
}
