package org.collegium.exchange.expression;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExpressionRepository extends JpaRepository<ExpressionOfInterest, UUID> {

    Optional<ExpressionOfInterest> findByRequestAndMunicipality(UUID request, UUID municipality);

    boolean existsByRequestAndMunicipality(UUID request, UUID municipality);

    List<ExpressionOfInterest> findByMunicipalityOrderByUpdatedAtDesc(UUID municipality);

    List<ExpressionOfInterest> findByRequestAndStatusOrderBySubmittedAt(UUID request, ExpressionStatus status);

    List<ExpressionOfInterest> findByCallAndStatusOrderBySubmittedAt(UUID call, ExpressionStatus status);

    List<ExpressionOfInterest> findByCallAndStatus(UUID call, ExpressionStatus status);
}
