package org.collegium.academy.enrolment;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Invitation.Key> {
}
