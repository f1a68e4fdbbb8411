package org.casus.model;

/** The member-level obligation codes of the ATOP alliance dataset (Leeds et al., v5.1). */
public enum AtopCode { DEFENSE, OFFENSE, NEUTRAL, NONAGG, CONSUL }
