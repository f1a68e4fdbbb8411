/**
 * Text import: finds quotations in news-style text, attributes each to a speaker and proposes
 * statements and clause claims, all unconfirmed until an analyst confirms them.
 */
package org.casus.record.importer;
