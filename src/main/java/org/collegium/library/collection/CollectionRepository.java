package org.collegium.library.collection;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CollectionRepository extends JpaRepository<LibraryCollection, UUID> {

    List<LibraryCollection> findAllByOrderByUpdatedAtDesc();
}
