package org.casus.model;

/** Whether a party may leave the arrangement. */
public enum Withdrawal { ALLOWED, NOT_PROVIDED, UNSPECIFIED }
