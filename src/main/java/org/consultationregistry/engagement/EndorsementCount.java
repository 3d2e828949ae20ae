package org.consultationregistry.engagement;

/**
 * How many people endorse a recommendation, and whether the reader is one of them.
 */
public record EndorsementCount(long total, boolean byReader) {
}
