package org.disclosure.contracts;

/**
 * A figure OCR misread by one digit, corrected because exactly one change of one digit
 * satisfies a sum identity of its table (and breaks no other).
 *
 * @param read the figure as OCR read it
 * @param corrected the figure corrected
 * @param identity the identity that corrected it, as a reader reads it
 */
public record OcrCorrection(String read, String corrected, String identity) {
}
