package org.fostergraph.household;

public enum ConstellationRole {
    HUB, SATELLITE
}
