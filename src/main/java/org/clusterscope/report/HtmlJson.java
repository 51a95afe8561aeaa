package org.clusterscope.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * JSON that can sit inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &}
 * are written as {@code \}{@code uXXXX} escapes, so a label such as {@code </script>} in the data
 * cannot end the element (Jackson's own mechanism for this).
 */
final class HtmlJson {
  private HtmlJson() {}

  private static final ObjectWriter WRITER = new ObjectMapper().writer()
      .with(new HtmlEscapes());

  static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The report's data are plain records and serialise: " + e.getMessage(), e);
    }
  }

  private static final class HtmlEscapes extends CharacterEscapes {
    private final int[] escapes;

    HtmlEscapes() {
      escapes = standardAsciiEscapesForJSON();
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
