import type { Topic } from '../model/topic.js';

const article = ['article'];

/**
 * The built-in pack: vitamin B12 deficiency and muscle tightness, in plain words, from the
 * article "The B12-Nerve Connection: How Deficiency Affects Muscles".
 */
export const b12MuscleTightness: Topic = {
  id: 'b12-muscle-tightness',
  version: '1.0.0',
  lang: 'en',
  title: 'Vitamin B12 deficiency and muscle tightness',
  summary: {
    text: 'Low vitamin B12 can harm the nerves that control your muscles. This can cause muscle tightness, often together with other signs. Tightness from everyday causes, like strain or not drinking enough, looks different.',
    source: article,
  },
  background: [
    {
      text: 'Vitamin B12 (also called cobalamin) is a nutrient your body needs to keep your nervous system healthy.',
      source: article,
    },
    {
      text: 'B12 helps build the myelin sheath. This is a protective coat around nerves that helps signals travel properly.',
      source: article,
    },
    {
      text: 'When B12 is low, this coat can be damaged. Then nerve signals around the body do not travel properly.',
      source: article,
    },
    {
      text: 'The brain and the muscles cannot talk to each other well. Muscles can tighten by themselves, cramp, spasm or feel stiff.',
      source: article,
    },
    {
      text: 'This is not the same as tightness from overworking a muscle or from dehydration (not drinking enough).',
      source: article,
    },
    {
      text: 'With B12, tightness rarely comes alone. Other nerve and body signs often come with it, and they can help point to low B12 as the cause.',
      source: article,
    },
    {
      text: 'Low B12 can play an important part in muscle tightness, and it is often missed.',
      source: article,
    },
    {
      text: 'With the right diagnosis, through blood tests, and the right treatment, B12-related tightness can be managed well and long-term problems can be prevented. Spotting it early and acting early are key.',
      source: article,
    },
  ],
  reviewed: { date: '2026-11-25', by: 'health-widgets content team' },
  unclearMargin: 2,
  sources: [
    {
      id: 'article',
      title: 'The B12-Nerve Connection: How Deficiency Affects Muscles',
    },
    {
      id: 'cleveland-clinic',
      title: 'Vitamin B12 Deficiency',
      publisher: 'Cleveland Clinic',
      url: 'https://my.clevelandclinic.org/health/diseases/22831-vitamin-b12-deficiency',
    },
  ],
  conditions: [
    {
      id: 'b12',
      label: 'B12-related tightness',
      leaning: {
        text: 'Your answers look more like the pattern linked to low vitamin B12: tightness that builds slowly, can be in many places, and comes with other signs such as tingling, tiredness or memory problems.',
        source: article,
      },
      nextStep: {
        text: 'Talk to a healthcare provider about these signs. They can check whether low B12 could be the cause.',
        source: article,
      },
    },
    {
      id: 'everyday',
      label: 'Everyday causes (such as strain or dehydration)',
      leaning: {
        text: 'Your answers look more like the pattern of everyday muscle tightness, such as from strain, overuse or dehydration.',
        source: article,
      },
      nextStep: {
        text: 'Tightness from everyday causes usually gets better with rest, stretching, massage and drinking enough water.',
        source: article,
      },
    },
  ],
  categories: [
    { id: 'muscle', label: 'Muscle signs' },
    { id: 'neurological', label: 'Nerve signs (neurological)' },
    { id: 'physical', label: 'Body signs (physical)' },
    { id: 'psychological', label: 'Mood and memory (psychological)' },
  ],
  symptoms: [
    { id: 'cramps', label: 'Muscle cramps', category: 'muscle', suggests: {}, source: article },
    {
      id: 'spasms',
      label: 'Muscles that tighten by themselves',
      clinicalTerm: 'spasms',
      category: 'muscle',
      suggests: { b12: 1 },
      source: article,
    },
    { id: 'local-pain', label: 'Pain in one spot', category: 'muscle', suggests: { everyday: 2 }, source: article },
    {
      id: 'swelling',
      label: 'Swelling where it hurts',
      category: 'muscle',
      suggests: { everyday: 2 },
      source: article,
    },
    {
      id: 'reduced-movement',
      label: 'Cannot move that part as far as usual',
      clinicalTerm: 'reduced range of motion',
      category: 'muscle',
      suggests: { everyday: 2 },
      source: article,
    },
    {
      id: 'tingling',
      label: 'Tingling or numbness, often in the hands and feet',
      clinicalTerm: 'paresthesia',
      category: 'neurological',
      suggests: { b12: 2 },
      source: article,
    },
    {
      id: 'balance',
      label: 'Problems with balance',
      detail: 'This can happen in more severe cases.',
      category: 'neurological',
      suggests: { b12: 2 },
      redFlag: true,
      source: article,
    },
    {
      id: 'coordination',
      label: 'Trouble with coordination, like clumsy movements',
      clinicalTerm: 'ataxia',
      detail: 'This can happen in more severe cases.',
      category: 'neurological',
      suggests: { b12: 2 },
      redFlag: true,
      source: article,
    },
    {
      id: 'vision',
      label: 'Changes in your eyesight',
      clinicalTerm: 'vision disturbances',
      detail: 'This can happen in more severe cases.',
      category: 'neurological',
      suggests: { b12: 2 },
      redFlag: true,
      source: article,
    },
    {
      id: 'fatigue',
      label: 'Feeling very tired',
      clinicalTerm: 'fatigue',
      detail:
        'Low B12 can cause megaloblastic anaemia: the body makes large, unready red blood cells that carry less oxygen to the muscles.',
      category: 'physical',
      suggests: { b12: 1 },
      source: article,
    },
    {
      id: 'weakness',
      label: 'Weakness',
      detail: 'Like tiredness, this can come from megaloblastic anaemia.',
      category: 'physical',
      suggests: { b12: 1 },
      source: article,
    },
    {
      id: 'sore-tongue',
      label: 'A sore or swollen tongue',
      clinicalTerm: 'glossitis',
      category: 'physical',
      suggests: { b12: 2 },
      source: article,
    },
    { id: 'weight-loss', label: 'Losing weight', category: 'physical', suggests: { b12: 1 }, source: article },
    {
      id: 'short-of-breath',
      label: 'Getting out of breath',
      clinicalTerm: 'shortness of breath',
      category: 'physical',
      suggests: { b12: 1 },
      source: article,
    },
    {
      id: 'low-mood',
      label: 'Feeling low or down',
      clinicalTerm: 'depression',
      category: 'psychological',
      suggests: { b12: 1 },
      source: article,
    },
    {
      id: 'irritability',
      label: 'Getting annoyed easily',
      clinicalTerm: 'irritability',
      category: 'psychological',
      suggests: { b12: 1 },
      source: article,
    },
    {
      id: 'memory',
      label: 'Forgetting things more than usual',
      clinicalTerm: 'memory loss',
      category: 'psychological',
      suggests: { b12: 2 },
      source: article,
    },
  ],
  patterns: [
    {
      id: 'onset',
      question: 'How did the tightness start?',
      options: [
        { id: 'onset-slow', label: 'Slowly, over months or even years', suggests: { b12: 2 }, source: article },
        {
          id: 'onset-sudden',
          label: 'Suddenly, or soon after exercise or an injury',
          suggests: { everyday: 2 },
          source: article,
        },
        { id: 'onset-unsure', label: 'I am not sure', suggests: {}, source: article },
      ],
    },
    {
      id: 'area',
      question: 'Where do you feel it?',
      options: [
        { id: 'area-widespread', label: 'In many muscles around my body', suggests: { b12: 2 }, source: article },
        { id: 'area-one-spot', label: 'In one muscle or one area', suggests: { everyday: 2 }, source: article },
        { id: 'area-unsure', label: 'I am not sure', suggests: {}, source: article },
      ],
    },
    {
      id: 'preceded',
      question: 'What came just before it started?',
      options: [
        {
          id: 'preceded-activity',
          label: 'Exercise, hard work for that muscle, or an injury',
          suggests: { everyday: 2 },
          source: article,
        },
        {
          id: 'preceded-fluids',
          label: 'Not drinking enough, or losing a lot of fluid',
          suggests: { everyday: 2 },
          source: article,
        },
        { id: 'preceded-nothing', label: 'Nothing I can think of', suggests: {}, source: article },
      ],
    },
    {
      id: 'eases',
      question: 'What helps it feel better?',
      options: [
        {
          id: 'eases-rest',
          label: 'Rest, stretching, massage or drinking water',
          suggests: { everyday: 2 },
          source: article,
        },
        { id: 'eases-nothing', label: 'None of these help', suggests: {}, source: article },
        { id: 'eases-unsure', label: 'I have not tried these', suggests: {}, source: article },
      ],
    },
  ],
  comparison: [
    {
      id: 'cause',
      label: 'Underlying cause',
      values: {
        b12: 'Nerve damage that disturbs the signals from the nerves to the muscles.',
        everyday:
          'Physical things, like overuse, not stretching enough, or an imbalance of body salts (electrolytes).',
      },
      evidence: ['preceded-activity', 'preceded-fluids'],
      source: article,
    },
    {
      id: 'associated',
      label: 'Signs that come with it',
      values: {
        b12: 'Often comes with tingling, numbness, tiredness and memory problems.',
        everyday: 'Usually comes with pain in one spot, swelling, and not being able to move that part as far as usual.',
      },
      evidence: ['tingling', 'fatigue', 'memory', 'local-pain', 'swelling', 'reduced-movement'],
      source: article,
    },
    {
      id: 'onset',
      label: 'How fast it starts',
      values: {
        b12: 'Builds up slowly, sometimes over many years.',
        everyday: 'Often starts suddenly, or soon after exercise or an injury.',
      },
      evidence: ['onset-slow', 'onset-sudden'],
      source: article,
    },
    {
      id: 'areas',
      label: 'Where it is felt',
      values: {
        b12: 'Can be widespread, in many muscle groups around the body.',
        everyday: 'Usually in one muscle or area that was overworked.',
      },
      evidence: ['area-widespread', 'area-one-spot'],
      source: article,
    },
    {
      id: 'response',
      label: 'What helps',
      values: {
        b12: 'B12 treatment (injections or by mouth) helps, but it can take time.',
        everyday: 'Rest, stretching, massage and drinking water help.',
      },
      evidence: ['eases-rest', 'eases-nothing'],
      source: article,
    },
  ],
  treatments: [
    {
      id: 'oral',
      label: 'B12 by mouth (oral supplements)',
      description: { text: 'B12 taken by mouth, as a supplement.', source: article },
      reason: {
        text: 'Taking B12 by mouth may work well for a mild deficiency that comes from diet.',
        source: article,
      },
      when: [{ severity: ['mild'], cause: ['diet'] }],
    },
    {
      id: 'injections',
      label: 'B12 injections',
      description: { text: 'B12 given as an injection, so it goes straight into the blood.', source: article },
      reason: {
        text: 'For a more severe deficiency, or when the body cannot take in B12 from food (for example with pernicious anaemia), injections may be needed. They skip the digestive system and deliver B12 straight into the bloodstream.',
        source: article,
      },
      when: [{ severity: ['severe'] }, { cause: ['absorption'] }],
    },
  ],
  foods: [
    { id: 'meat', label: 'Meat', diets: ['omnivore'], source: article },
    { id: 'fish', label: 'Fish', diets: ['omnivore'], source: article },
    { id: 'eggs', label: 'Eggs', diets: ['omnivore'], source: article },
    { id: 'dairy', label: 'Dairy foods, like milk and cheese', diets: ['omnivore'], source: article },
    {
      id: 'fortified-cereals',
      label: 'Cereals with added B12 (fortified cereals)',
      diets: ['vegetarian', 'vegan'],
      source: article,
    },
    { id: 'nutritional-yeast', label: 'Nutritional yeast', diets: ['vegetarian', 'vegan'], source: article },
    { id: 'supplements', label: 'B12 supplements', diets: ['vegetarian', 'vegan'], source: article },
  ],
  guidance: {
    notDiagnosis: {
      text: 'This is not a diagnosis. Only a healthcare provider can find the cause, by looking at all your symptoms, your medical history and test results.',
      source: article,
    },
    bloodTest: {
      text: 'B12 levels are confirmed with a blood test ordered by a healthcare provider.',
      source: ['article', 'cleveland-clinic'],
    },
    redFlag: {
      text: 'You picked a sign that can come with more severe B12 deficiency, such as problems with balance, coordination or eyesight. Please contact a healthcare provider promptly. Treating low B12 early matters, because delay can lead to permanent nerve damage.',
      source: article,
    },
    unclear: {
      text: 'Your answers do not clearly look more like one pattern than the other.',
      source: article,
    },
    unclearNextStep: {
      text: 'Muscle tightness can have many causes. If you are worried, a healthcare provider can help find the cause.',
      source: article,
    },
    confirmCause: {
      text: 'Treatment starts when a healthcare provider has confirmed that low B12 is the cause. The right treatment depends on how severe the deficiency is and what caused it.',
      source: article,
    },
    dependsOnCause: {
      text: 'Which treatment fits depends on what caused the deficiency. A healthcare provider finds this out first.',
      source: article,
    },
    recovery: {
      text: 'Recovery takes time. B12 treatment helps, but tightness may take a while to get better.',
      source: article,
    },
    monitoring: {
      text: 'Your B12 levels are checked regularly, to make sure the treatment works and your symptoms, including muscle tightness, get better over time.',
      source: article,
    },
    earlyTreatment: {
      text: 'Treating low B12 early is important. If treatment is delayed, the nerve damage can become permanent.',
      source: article,
    },
    diet: {
      omnivore: {
        text: 'A doctor may suggest eating more foods rich in B12, such as meat, fish, eggs and dairy.',
        source: article,
      },
      vegetarian: {
        text: 'For vegetarians, fortified cereals, nutritional yeast or supplements are essential.',
        source: article,
      },
      vegan: {
        text: 'For vegans, fortified cereals, nutritional yeast or supplements are essential.',
        source: article,
      },
    },
  },
};
