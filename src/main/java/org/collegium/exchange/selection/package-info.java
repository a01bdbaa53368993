/**
 * Selection of expressions of interest: the programme's weighted criteria, a committee per call whose members score
 * independently and never an application of their own organisation, the aggregated ranking per request, and the
 * secretariat's decisions with reasons, told to each applicant in their language.
 */
package org.collegium.exchange.selection;
