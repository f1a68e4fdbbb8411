package org.casus.model;

/** Where an arrangement stands in its life. */
public enum Status { IN_FORCE, HISTORICAL, DRAFT, PROPOSAL, BASELINE }
