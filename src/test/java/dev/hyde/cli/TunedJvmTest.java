package dev.hyde.cli;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TunedJvmTest {

    @Test
    void aBuildStartsWithHalfAGigabyteOfHeapOrTheWholeHeapIfLess() {
        assertEquals(Optional.of("-Xms512m"), TunedJvm.initialHeap("1g"));
        assertEquals(Optional.of("-Xms512m"), TunedJvm.initialHeap("2G"));
        assertEquals(Optional.of("-Xms512m"), TunedJvm.initialHeap("512m"));
        assertEquals(Optional.of("-Xms256m"), TunedJvm.initialHeap("256m"));
        assertEquals(Optional.of("-Xms300000k"), TunedJvm.initialHeap("300000k"));
        assertEquals(Optional.of("-Xms512m"), TunedJvm.initialHeap("1073741824"));
    }

    @Test
    void aHeapSizeTheJvmWouldRefuseGetsNoStartingSize() {
        assertEquals(Optional.empty(), TunedJvm.initialHeap("lots"));
        assertEquals(Optional.empty(), TunedJvm.initialHeap("1.5g"));
        assertEquals(Optional.empty(), TunedJvm.initialHeap(""));
    }
}
