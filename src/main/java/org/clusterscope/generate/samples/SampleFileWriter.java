package org.clusterscope.generate.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a sample file byte for byte: an optional UTF-8 byte order mark, the header, the lines
 * (UTF-8, or Latin-1 for a deliberately mis-encoded line), each ended by LF or CRLF.
 */
final class SampleFileWriter {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Plain UTF-8 without byte order mark, LF line ends: the layout of every format but the register's. */
  static final Layout UTF8_LF = new Layout(false, "\n");

  private SampleFileWriter() {
  }

  /** How a file is laid out, so readers' tolerance of each variant is exercised. */
  record Layout(boolean byteOrderMark, String lineEnd) {
  }

  /** Writes {@code header} and {@code lines} to {@code file} and returns the number of bytes written. */
  static long write(Path file, Layout layout, String header, List<SampleLine> lines) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (layout.byteOrderMark()) {
      bytes.write(UTF8_BOM);
    }
    byte[] lineEnd = layout.lineEnd().getBytes(StandardCharsets.US_ASCII);
    bytes.write(header.getBytes(StandardCharsets.UTF_8));
    bytes.write(lineEnd);
    for (SampleLine line : lines) {
      bytes.write(line.text().getBytes(line.latin1() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
      bytes.write(lineEnd);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, bytes.toByteArray());
    return bytes.size();
  }
}
