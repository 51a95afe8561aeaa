package org.clusterscope.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a register file byte for byte: an optional UTF-8 byte order mark, the header, the lines
 * (UTF-8, or Latin-1 for the one deliberately mis-encoded line), each ended by LF or CRLF.
 */
final class RegisterFileWriter {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RegisterFileWriter() {
    }

    /** How a year's file is laid out, so readers' tolerance of each variant is exercised. */
    record Layout(boolean byteOrderMark, String lineEnd) {
    }

    static long write(Path file, Layout layout, List<RegisterLine> lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (layout.byteOrderMark()) {
            bytes.write(UTF8_BOM);
        }
        byte[] lineEnd = layout.lineEnd().getBytes(StandardCharsets.US_ASCII);
        bytes.write(RegisterRecord.HEADER.getBytes(StandardCharsets.UTF_8));
        bytes.write(lineEnd);
        for (RegisterLine line : lines) {
            bytes.write(line.text().getBytes(line.latin1() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
            bytes.write(lineEnd);
        }
        Files.write(file, bytes.toByteArray());
        return bytes.size();
    }
}
