package org.casus.model;

/** Whether the protected state may do something. */
public enum Permission { ALLOWED, WITH_CONSENT, FORBIDDEN, UNSPECIFIED }
