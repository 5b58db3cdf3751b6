package org.attain.adapter.persistence.catalog;

/** A retired credential as stored: its code and the last day it earns credit. */
record RetiredCredentialDocument(String code, String creditEndsOn) {}
