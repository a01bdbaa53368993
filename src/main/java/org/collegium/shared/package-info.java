/**
 * The small kernel every module may use: translated text, time, mail, viewer identity and web conventions.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.collegium.shared;
