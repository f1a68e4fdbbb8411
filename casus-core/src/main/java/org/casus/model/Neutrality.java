package org.casus.model;

/** The neutrality the protected state accepts. */
public enum Neutrality { NONE, PERMANENT, MILITARY_NON_ALIGNMENT, UNSPECIFIED }
