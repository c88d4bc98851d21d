package org.psoexplorer.io;

/** A record read from the file together with the object it came from, so later checks can point at it. */
record Located<T>(T value, Fields fields) {
}
