package org.clusterscope.samples;

/** A line of a register file, without its terminator; {@code latin1} lines are written in ISO-8859-1 instead of UTF-8. */
record RegisterLine(String text, boolean latin1) {

    static RegisterLine utf8(String text) {
        return new RegisterLine(text, false);
    }
}
