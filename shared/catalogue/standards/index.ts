import type { ServiceStandard } from '../standard';
import agePension from './age-pension';
import bankruptcyHarmAssistance from './bankruptcy-harm-assistance';
import basicPension from './basic-pension';
import bastauBusinessTraining from './bastau-business-training';
import childhoodDisabledCareBenefit from './childhood-disabled-care-benefit';
import disabilityAssessment from './disability-assessment';
import disabledChildCarerBenefit from './disabled-child-carer-benefit';
import foreignerSelfEmploymentCertificate from './foreigner-self-employment-certificate';
import hearingVisionHygieneAids from './hearing-vision-hygiene-aids';
import homeCareSocialServices from './home-care-social-services';
import institutionalSocialServices from './institutional-social-services';
import kandasStatus from './kandas-status';
import largeFamilyBenefit from './large-family-benefit';
import localSocialAssistance from './local-social-assistance';
import maternityIncomeLoss from './maternity-income-loss';
import personalAssistantSignLanguage from './personal-assistant-sign-language';
import prostheticOrthopaedicAid from './prosthetic-orthopaedic-aid';
import rehabilitatedPersonCertificate from './rehabilitated-person-certificate';
import sanatoriumTreatment from './sanatorium-treatment';
import semipalatinskTestSite from './semipalatinsk-test-site';
import specialStateBenefit from './special-state-benefit';
import specialStateBenefits from './special-state-benefits';
import targetedSocialAssistance from './targeted-social-assistance';
import wheelchairs from './wheelchairs';

/** Each service's checklist as transcribed from its state standard, by service code. */
export const standards: Readonly<Record<string, ServiceStandard>> = {
  'age-pension': agePension,
  'bankruptcy-harm-assistance': bankruptcyHarmAssistance,
  'basic-pension': basicPension,
  'bastau-business-training': bastauBusinessTraining,
  'childhood-disabled-care-benefit': childhoodDisabledCareBenefit,
  'disability-assessment': disabilityAssessment,
  'disabled-child-carer-benefit': disabledChildCarerBenefit,
  'foreigner-self-employment-certificate': foreignerSelfEmploymentCertificate,
  'hearing-vision-hygiene-aids': hearingVisionHygieneAids,
  'home-care-social-services': homeCareSocialServices,
  'institutional-social-services': institutionalSocialServices,
  'kandas-status': kandasStatus,
  'large-family-benefit': largeFamilyBenefit,
  'local-social-assistance': localSocialAssistance,
  'maternity-income-loss': maternityIncomeLoss,
  'personal-assistant-sign-language': personalAssistantSignLanguage,
  'prosthetic-orthopaedic-aid': prostheticOrthopaedicAid,
  'rehabilitated-person-certificate': rehabilitatedPersonCertificate,
  'sanatorium-treatment': sanatoriumTreatment,
  'semipalatinsk-test-site': semipalatinskTestSite,
  'special-state-benefit': specialStateBenefit,
  'special-state-benefits': specialStateBenefits,
  'targeted-social-assistance': targetedSocialAssistance,
  'wheelchairs': wheelchairs,
};
