package org.casus.model;

/** A ceiling on one category of the protected state's armed forces ("troops", "tanks"). */
public record ForceCap(String category, long limit, Citation cite) {
}
